import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from '../../../prompts/suggest';
import { problemsOf, validPack } from '../prompts/helpers';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and a swap of neighbours as one edit each', () => {
    expect(editDistance('title', 'title')).toBe(0);
    expect(editDistance('titel', 'title')).toBe(1); // swapped
    expect(editDistance('tite', 'title')).toBe(1);
    expect(editDistance('titlex', 'title')).toBe(1);
    expect(editDistance('tizle', 'title')).toBe(1);
    expect(editDistance('Title', 'title')).toBe(0); // case is ignored
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('didYouMean', () => {
  it('suggests the closest candidate within a third of the word', () => {
    expect(didYouMean('titel', ['id', 'title', 'text'])).toBe('title');
    expect(didYouMean('framwork', ['framework', 'source'])).toBe('framework');
    expect(didYouMean('Title', ['title'])).toBe('title');
    expect(didYouMean('result', ['results', 'discharge'])).toBe('results');
  });

  it('suggests nothing for a far word, the word itself, or a very long one', () => {
    expect(didYouMean('colour', ['title', 'text', 'kind'])).toBeNull();
    expect(didYouMean('title', ['title'])).toBeNull();
    expect(didYouMean('x'.repeat(100_000), ['x'.repeat(99_999)])).toBeNull();
  });
});

describe("the validator's did-you-mean (shared with the CLI)", () => {
  it('names the field meant by an unknown key, where that object allows it', () => {
    const pack = validPack() as Record<string, any>;
    pack.prompts[0].titel = 'Ask first';
    pack.autor = { name: 'x' };
    pack.moments[0].triggers.keyword = ['x'];
    pack.author.colour = 'blue';
    const messages = Object.fromEntries(problemsOf(pack).map((p) => [p.path, p.message]));
    expect(messages['/prompts/0/titel']).toBe(
      'is not a known field here; check its spelling; did you mean "title"?',
    );
    expect(messages['/autor']).toContain('did you mean "author"?');
    expect(messages['/moments/0/triggers/keyword']).toContain('did you mean "keywords"?');
    expect(messages['/author/colour']).toBe('is not a known field here; check its spelling');
  });

  it('names the moment, kind and component meant by a misspelt one', () => {
    const pack = validPack() as Record<string, any>;
    pack.prompts[0].moments = ['result'];
    pack.prompts[0].kind = 'scrpit';
    pack.prompts[0].component = 'communication-skill';
    const messages = Object.fromEntries(problemsOf(pack).map((p) => [p.path, p.message]));
    expect(messages['/prompts/0/moments/0']).toBe(
      'refers to moment "result", which this pack does not define in /moments; did you mean "results"?',
    );
    expect(messages['/prompts/0/kind']).toContain('did you mean "script"?');
    expect(messages['/prompts/0/component']).toContain('did you mean "communication-skills"?');
  });
});
