import { describe, expect, it } from 'vitest';
import { runCli, USAGE } from '../../../prompts/cli/run';
import { starterPack } from '../../../prompts/cli/starter';
import { validatePack } from '../../../prompts/validate';
import { problemsOf, validPack } from './helpers';

/** A valid pack with a third script, and a sequence of the first and third prompts. */
function withSequence() {
  const pack = validPack();
  pack.prompts.push({
    ...pack.prompts[0],
    id: 'tell-plainly',
    title: 'Tell plainly',
    text: 'I have the results of [the test]. I am afraid it is not what we hoped.',
    seconds: 6,
  });
  pack.sequences = [
    { id: 'results-talk', title: 'Results talk', prompts: ['ask-first', 'tell-plainly'] },
  ];
  return pack;
}

/** The problems at `path`, as messages. */
const at = (pack: unknown, path: string) =>
  problemsOf(pack)
    .filter((p) => p.path === path)
    .map((p) => p.message);

describe('placeholders', () => {
  const script = (text: string) => {
    const pack = validPack();
    pack.prompts[0].text = text;
    return pack;
  };

  it('accepts well-formed fill-in parts, why lines and sequences', () => {
    const pack = withSequence();
    pack.prompts[0].text = 'About [the result]: what have you been told so far, [name]?';
    pack.prompts[0].why = 'Asking first shows what they know and how much they want to hear.';
    const r = validatePack(pack);
    expect(r.ok && r.pack.sequences[0]?.prompts).toEqual(['ask-first', 'tell-plainly']);
  });

  it('names an unclosed placeholder, quoting where it starts', () => {
    expect(at(script('Your [the result shows a change.'), '/prompts/0/text')).toEqual([
      'has a placeholder "[the result shows a change." with no closing "]"',
    ]);
    expect(at(script('Your [the [result] is back.'), '/prompts/0/text')).toEqual([
      'has "[" inside the placeholder starting "[the ["; close it with "]" first',
    ]);
  });

  it('names a stray "]" and shows how a placeholder is written', () => {
    expect(at(script('The result] is back.'), '/prompts/0/text')).toEqual([
      'has a "]" with no "[" before it, after "The result]"; a placeholder is written "[the result]"',
    ]);
  });

  it('names an empty and a too-long placeholder', () => {
    expect(at(script('Your [ ] is back.'), '/prompts/0/text')).toEqual([
      'has an empty placeholder "[]"; write what to fill in, e.g. "[the result]"',
    ]);
    const long = `[${'a'.repeat(41)}]`;
    expect(at(script(`Your ${long} is back.`), '/prompts/0/text')).toEqual([
      `has a placeholder of 41 characters, at most 40: "[${'a'.repeat(30)}…]"`,
    ]);
    expect(validatePack(script(`Your [${'a'.repeat(40)}] is back.`)).ok).toBe(true);
  });

  it('names a placeholder that runs across a line break', () => {
    expect(at(script('Your [the\nresult] is back.'), '/prompts/0/text')).toEqual([
      'has a placeholder "[the" that runs onto the next line; close it with "]" on the same line',
    ]);
  });
});

describe('why', () => {
  it('holds the why line to 240 characters', () => {
    const pack = validPack();
    pack.prompts[0].why = 'w'.repeat(241);
    expect(at(pack, '/prompts/0/why')).toEqual([expect.stringContaining('240')]);
  });
});

describe('sequences', () => {
  it('names an unknown step with the prompt meant', () => {
    const pack = withSequence();
    pack.sequences[0].prompts[1] = 'tell-plainy';
    expect(at(pack, '/sequences/0/prompts/1')).toEqual([
      'is prompt "tell-plainy", which this pack does not define; did you mean "tell-plainly"?',
    ]);
  });

  it('names a step listed twice in one sequence', () => {
    const pack = withSequence();
    pack.sequences[0].prompts.push('ask-first');
    expect(at(pack, '/sequences/0/prompts/2')).toEqual([
      'repeats prompt "ask-first"; each step is said once',
    ]);
  });

  it('names a prompt that is a step of two sequences', () => {
    const pack = withSequence();
    pack.sequences.push({ id: 'again', title: 'Again', prompts: ['listen', 'tell-plainly'] });
    expect(at(pack, '/sequences/1/prompts/1')).toEqual([
      'is prompt "tell-plainly", already a step of sequence "Results talk"; a prompt can be a step of one sequence only',
    ]);
  });

  it('names a duplicate sequence id, and a sequence of one step', () => {
    const pack = withSequence();
    pack.sequences.push({ id: 'results-talk', title: 'Other', prompts: ['listen'] });
    const problems = problemsOf(pack);
    expect(problems).toContainEqual({
      path: '/sequences/1/id',
      message: 'duplicate sequence id "results-talk" (first used at /sequences/0)',
    });
    expect(problems.find((p) => p.path === '/sequences/1/prompts')?.message).toMatch(/2/);
  });
});

describe('replaces', () => {
  it('holds its sites to match patterns', () => {
    const pack = validPack();
    pack.replaces = { sites: ['https://ehr.example.org/*', 'ehr.example.org'] };
    expect(problemsOf(pack).map((p) => p.path)).toEqual(['/replaces/sites/1']);
    expect(at(pack, '/replaces/sites/1')[0]).toMatch(/^is not a valid match pattern/);
    pack.replaces.sites = [];
    expect(problemsOf(pack).map((p) => p.path)).toEqual(['/replaces/sites']);
  });
});

describe('pack CLI and the new rules', () => {
  it('check prints placeholder and sequence problems by path', () => {
    const pack = withSequence();
    pack.prompts[0].text = 'Your [the result is back.';
    pack.sequences[0].prompts[1] = 'tell-plainy';
    const files: Record<string, string> = { 'p.json': JSON.stringify(pack) };
    const io = { read: (f: string) => files[f] ?? '', write: () => {}, exists: () => true };
    const r = runCli(['check', 'p.json'], io);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([
      'p.json: /prompts/0/text: has a placeholder "[the result is back." with no closing "]"',
      'p.json: /sequences/0/prompts/1: is prompt "tell-plainy", which this pack does not define; did you mean "tell-plainly"?',
    ]);
  });

  it('says stats takes a file or --builtin, and the starter shows a why line', () => {
    expect(USAGE.join('\n')).toMatch(/^ {2}stats FILE \| --builtin /m);
    const starter = starterPack();
    expect(starter.prompts[0]?.why).toMatch(/\w/);
    expect(validatePack(starter).ok).toBe(true);
  });
});
