import { describe, expect, it } from 'vitest';
import type { FileIO } from '../../../prompts/cli/io';
import { runCli } from '../../../prompts/cli/run';
import { validatePack } from '../../../prompts/validate';
import { validPack } from './helpers';

function memoryIO(files: Record<string, string>): FileIO {
  return {
    read: (f) => {
      const text = files[f];
      if (text === undefined) throw new Error(`ENOENT: no such file, open '${f}'`);
      return text;
    },
    write: (f, t) => {
      files[f] = t;
    },
    exists: (f) => f in files,
  };
}

const broken = validPack();
broken.prompts[0].moments = ['nowhere'];
broken.version = 'one';

describe('pack CLI', () => {
  it('check: prints FILE: ok (N prompts) and exits 0 when every file is valid', () => {
    const io = memoryIO({
      'a.json': JSON.stringify(validPack()),
      'b.json': JSON.stringify(validPack()),
    });
    expect(runCli(['check', 'a.json', 'b.json'], io)).toEqual({
      out: ['a.json: ok (2 prompts)', 'b.json: ok (2 prompts)'],
      err: [],
      code: 0,
    });
  });

  it('check: prints each problem as FILE: /json/path: message and exits 1 when any is invalid', () => {
    const io = memoryIO({
      'good.json': JSON.stringify(validPack()),
      'bad.json': JSON.stringify(broken),
    });
    const r = runCli(['check', 'good.json', 'bad.json', 'missing.json'], io);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([
      'good.json: ok (2 prompts)',
      'bad.json: /version: must be a semantic version, e.g. "1.0.0"',
      'bad.json: /prompts/0/moments/0: refers to moment "nowhere", which this pack does not define in /moments',
      expect.stringMatching(/^missing\.json: \(root\): could not be read: ENOENT/),
    ]);
    for (const line of r.out) expect(line.split('\n')).toHaveLength(1);
  });

  it('check: passes over the editor JSON Schema beside the packs, but not a pack naming it', () => {
    const schema = JSON.stringify({
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
    });
    const io = memoryIO({
      'pack.schema.json': schema,
      'a.json': JSON.stringify({
        ...validPack(),
        $schema: 'http://json-schema.org/draft-07/schema#',
      }),
    });
    expect(runCli(['check', 'pack.schema.json', 'a.json'], io)).toEqual({
      out: [
        'pack.schema.json: skipped (a JSON Schema for editors, not a pack)',
        'a.json: ok (2 prompts)',
      ],
      err: [],
      code: 0,
    });
  });

  it('new: prints a valid starter pack, or writes it without overwriting', () => {
    const files: Record<string, string> = {};
    const io = memoryIO(files);
    const printed = runCli(['new'], io);
    expect(printed.code).toBe(0);
    expect(validatePack(printed.out.join('\n')).ok).toBe(true);
    expect(runCli(['new', 'mine.json'], io).code).toBe(0);
    expect(validatePack(files['mine.json']).ok).toBe(true);
    expect(runCli(['new', 'mine.json'], io)).toMatchObject({
      code: 1,
      err: [expect.stringMatching(/already exists/)],
    });
  });

  it('stats: counts by kind, moment, framework and component, and the longest script', () => {
    const pack = validPack();
    pack.prompts.push({ ...pack.prompts[0], id: 'longer', text: 'word '.repeat(50), seconds: 20 });
    const r = runCli(['stats', 'p.json'], memoryIO({ 'p.json': JSON.stringify(pack) }));
    expect(r.code).toBe(0);
    const text = r.out.join('\n');
    expect(text).toMatch(/p\.json: 3 prompts/);
    expect(text).toMatch(/By kind:\n\s+2 {2}script\n\s+1 {2}checklist/);
    expect(text).toMatch(/By moment:\n\s+3 {2}results\n\s+1 {2}discharge/);
    expect(text).toMatch(/By framework:\n\s+2 {2}Ask-Tell-Ask\n\s+1 {2}Active listening/);
    expect(text).toMatch(/By component:\n\s+3 {2}communication-skills/);
    expect(text).toMatch(/Longest script: 20 s \(longer; ~20 s of speech\)/);
    expect(runCli(['stats', 'b.json'], memoryIO({ 'b.json': JSON.stringify(broken) })).code).toBe(
      1,
    );
  });

  it('prints usage and exits 2 on an unknown or missing command', () => {
    for (const args of [['frobnicate'], [], ['check'], ['stats']]) {
      const r = runCli(args, memoryIO({}));
      expect(r.code, args.join(' ')).toBe(2);
    }
    expect(runCli(['frobnicate'], memoryIO({})).err.join('\n')).toMatch(/Usage: npm run pack/);
  });
});
