import { describe, expect, it } from 'vitest';
import {
  appendIn,
  getIn,
  moveIn,
  removeIn,
  renameMoment,
  setIn,
  uniqueId,
} from '../../../prompts/studio/edit';
import { anchorsFor, placeProblems } from '../../../prompts/studio/place';
import { prettyPack } from '../../../prompts/studio/pretty';
import { previewPrompt } from '../../../prompts/studio/preview';
import { PREVIEW_HOST_CLASS, previewCss } from '../../../prompts/studio/preview-css';
import { validPack } from '../prompts/helpers';

describe('edits', () => {
  it('make a new document and leave the old one as it was', () => {
    const before = validPack();
    const frozen = JSON.stringify(before);
    const after = setIn(before, ['prompts', 0, 'title'], 'New');
    expect(getIn(after, ['prompts', 0, 'title'])).toBe('New');
    expect(JSON.stringify(before)).toBe(frozen);
    expect(getIn(setIn(before, ['author', 'organisation'], undefined), ['author'])).toEqual({
      name: 'Tester',
    });
    expect(setIn({}, ['a', 'b'], 1)).toEqual({ a: { b: 1 } });
  });

  it('add, remove and reorder entries of a list', () => {
    const doc = { list: ['a', 'b', 'c'] };
    expect(appendIn(doc, ['list'], 'd')).toEqual({ list: ['a', 'b', 'c', 'd'] });
    expect(removeIn(doc, ['list'], 1)).toEqual({ list: ['a', 'c'] });
    expect(moveIn(doc, ['list'], 0, 2)).toEqual({ list: ['b', 'c', 'a'] });
    expect(moveIn(doc, ['list'], 2, 9)).toBe(doc);
    expect(uniqueId('moment', ['moment', 'moment-2'])).toBe('moment-3');
  });

  it('rename a moment everywhere a prompt names it', () => {
    const doc = renameMoment(validPack(), 0, 'lab-results');
    expect(getIn(doc, ['moments', 0, 'id'])).toBe('lab-results');
    const prompts = getIn(doc, ['prompts']) as { moments: string[] }[];
    expect(prompts.flatMap((p) => p.moments)).not.toContain('results');
    expect(prompts.flatMap((p) => p.moments)).toContain('lab-results');
  });
});

describe('placeProblems', () => {
  it('puts each problem at its field, else the entry around it, else the pack', () => {
    const doc = validPack();
    const placed = placeProblems(
      [
        { path: '/prompts/1/seconds', message: 'a' },
        { path: '/prompts/1/colour', message: 'b' },
        { path: '/prompts/1/moments/0', message: 'c' },
        { path: '/moments/0/triggers/keywords/0', message: 'd' },
        { path: '/format', message: 'e' },
        { path: '/prompts/10/title', message: 'f' },
      ],
      anchorsFor(doc),
    );
    expect([...placed].map(([anchor, ps]) => [anchor, ps.map((p) => p.message).join()])).toEqual([
      ['/prompts/1/seconds', 'a'],
      ['/prompts/1', 'b'],
      ['/prompts/1/moments', 'c'],
      ['/moments/0/triggers/keywords/0', 'd'],
      ['', 'e'],
      ['/prompts', 'f'], // no prompt 10 on the form: its list holds it, not prompt 1
    ]);
  });
});

describe('the pack file and the preview', () => {
  it('writes keys in the schema order, whatever order they were typed in', () => {
    const { format, moments, ...rest } = validPack();
    const text = prettyPack({ moments, zeta: 1, ...rest, format });
    expect(Object.keys(JSON.parse(text)).slice(0, 4)).toEqual(['format', 'id', 'version', 'name']);
    expect(Object.keys(JSON.parse(text)).at(-1)).toBe('zeta');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "moments": [\n    {\n      "id": "results",\n      "name"');
  });

  it("uses the overlay's CSS with its dark rules switched on or off, in the flow of the page", () => {
    const css =
      ':host { position: fixed !important; }\n@media (prefers-color-scheme: dark) { .card { --bg: #000; } }';
    const dark = previewCss(css, 'dark');
    expect(dark).toContain(`.${PREVIEW_HOST_CLASS} { position: fixed !important; }`);
    expect(dark).toContain('@media all { .card');
    expect(dark).toMatch(/position: relative !important/);
    expect(previewCss(css, 'light')).toContain('@media not all { .card');
  });

  it('previews a half-written prompt with the checklist of its moment', () => {
    const doc = validPack() as Record<string, any>;
    delete doc.prompts[0].title;
    const p = previewPrompt(doc, 0);
    expect(p?.prompt.title).toBe('');
    const checklist = doc.prompts.find((q: any) => q.kind === 'checklist');
    if (checklist?.moments.includes(doc.prompts[0].moments[0]))
      expect(p?.checklist.map((i) => i.id)).toEqual(checklist.items.map((i: any) => i.id));
    expect(previewPrompt(doc, 99)).toBeNull();
  });
});
