import { describe, expect, it } from 'vitest';
import { formatLabel, problemText } from '../../../components/StudioField';
import { describePath, pointerSegments } from '../../../prompts/studio/labels';
import { validPack } from '../prompts/helpers';

function pack() {
  const p = validPack() as Record<string, any>;
  p.prompts[0].title = 'Name the emotion';
  p.prompts[1].items = [
    { id: 'asked', text: 'Asked what they know' },
    { id: 'x', text: '' },
  ];
  p.ratingItems = [{ id: 'named', text: 'I named an emotion out loud' }];
  return p;
}

/** What a trainer reads for a problem's path. */
const say = (doc: unknown, path: string) => formatLabel(describePath(doc, path));

describe('describePath', () => {
  it('reads pointers through the entries a trainer edits', () => {
    const doc = pack();
    expect(describePath(doc, '/prompts/0/seconds')).toEqual({
      subjects: [{ kind: 'prompt', index: 0, name: 'Name the emotion' }],
      field: 'seconds',
      entry: null,
    });
    expect(describePath(doc, '/moments/0/triggers/keywords/2')).toEqual({
      subjects: [{ kind: 'moment', index: 0, name: 'Results' }],
      field: 'keywords',
      entry: 2,
    });
    expect(describePath(doc, '/prompts/1/items/1/text').subjects).toEqual([
      { kind: 'prompt', index: 1, name: doc.prompts[1].title },
      { kind: 'checklistItem', index: 1, name: 'x' },
    ]);
    expect(describePath(doc, '/author/name')).toEqual({
      subjects: [],
      field: 'author.name',
      entry: null,
    });
    expect(describePath(doc, '')).toEqual({ subjects: [], field: null, entry: null });
    expect(describePath(doc, '/prompts/7/title').subjects).toEqual([
      { kind: 'prompt', index: 7, name: null },
    ]);
  });

  it('unescapes JSON Pointer segments', () => {
    expect(pointerSegments('/author/a~1b~0c')).toEqual(['author', 'a/b~c']);
    expect(describePath({}, '/author/a~1b~0c').field).toBe('author.a/b~c');
  });
});

describe('problem labels', () => {
  it('name each problem by what the trainer sees, never by a pointer alone', () => {
    const doc = pack();
    expect(
      problemText(doc, {
        path: '/prompts/0/seconds',
        message: 'is 45; a script takes at most 40 seconds',
      }),
    ).toBe('Prompt “Name the emotion”: seconds is 45; a script takes at most 40 seconds');
    expect(say(doc, '/moments/0/triggers/keywords/2')).toBe('Moment “Results”: keyword 3');
    expect(say(doc, '/moments/0/triggers/urlPatterns')).toBe('Moment “Results”: URL patterns');
    expect(say(doc, '/moments/1')).toBe('Moment “Discharge”:');
    expect(say(doc, '/prompts/1/items/0/id')).toBe(
      `Prompt “${doc.prompts[1].title}” › item “Asked what they know”: id`,
    );
    expect(say(doc, '/ratingItems/0/text')).toBe('Rating item “I named an emotion out loud”: text');
    expect(say(doc, '/ratingItems/0/scale/labels')).toBe(
      'Rating item “I named an emotion out loud”: scale labels',
    );
    expect(say(doc, '/ratingItems/0/scale/labels/2')).toBe(
      'Rating item “I named an emotion out loud”: scale label 3',
    );
    expect(say(doc, '/ratingItems/0/scale/max')).toBe(
      "Rating item “I named an emotion out loud”: the scale's highest point",
    );
    expect(say(doc, '/version')).toBe('Pack: version');
    expect(say(doc, '/author/name')).toBe('Pack: author');
    expect(say(doc, '/prompts/0/colour')).toBe('Prompt “Name the emotion”: “colour”');
    expect(say(doc, '')).toBe('Pack:');
  });

  it('name sequences, their steps, the why line and the replaced sites as the forms show them', () => {
    const doc = pack();
    doc.sequences = [{ id: 'spikes', title: 'SPIKES', prompts: ['ask-first', 'listen', 'nope'] }];
    doc.replaces = { sites: ['https://ehr.example.org/*', 'ehr'] };
    expect(
      problemText(doc, {
        path: '/sequences/0/prompts/2',
        message: 'is prompt "nope", which this pack does not define',
      }),
    ).toBe('Sequence “SPIKES”: step 3 is prompt "nope", which this pack does not define');
    expect(say(doc, '/sequences/0/prompts')).toBe('Sequence “SPIKES”: steps');
    expect(say(doc, '/sequences/0/id')).toBe('Sequence “SPIKES”: id');
    doc.sequences[0].title = '';
    doc.sequences[0].id = '';
    expect(say(doc, '/sequences/0/title')).toBe('Sequence 1: title');
    expect(say(doc, '/prompts/0/why')).toBe('Prompt “Name the emotion”: why this works');
    expect(say(doc, '/replaces/sites/1')).toBe('Pack: site 2');
    expect(say(doc, '/replaces/sites')).toBe(
      'Pack: sites where this pack replaces built-in moments',
    );
  });

  it('number an entry with no name yet, and shorten a long one', () => {
    const doc = pack();
    doc.prompts[0].title = '';
    doc.prompts[0].id = '';
    doc.moments[0].name = 'A very long moment name that goes on and on and on past the limit';
    expect(say(doc, '/prompts/0/title')).toBe('Prompt 1: title');
    expect(say(doc, '/moments/0/name')).toBe(
      'Moment “A very long moment name that goes on and on and…”: name',
    );
  });
});
