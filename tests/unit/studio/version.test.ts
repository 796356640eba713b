import { describe, expect, it } from 'vitest';
import { bumpVersion, suggestBump } from '../../../prompts/studio/version';
import { validPack } from '../prompts/helpers';

const copy = () => validPack() as Record<string, any>;

describe('suggestBump', () => {
  it('suggests nothing when only the version, signature or $schema differ', () => {
    const after = { ...copy(), version: '9.9.9', $schema: 'x.json' };
    expect(suggestBump(copy(), after)).toBeNull();
    expect(suggestBump(copy(), copy())).toBeNull();
  });

  it('suggests a patch for an edited text, a setting or a reordering', () => {
    const edited = copy();
    edited.prompts[0].text = 'A gentler wording.';
    expect(suggestBump(copy(), edited)).toEqual({ level: 'patch', reason: 'edited', ids: [] });
    const moved = copy();
    moved.prompts.reverse();
    expect(suggestBump(copy(), moved)?.level).toBe('patch');
  });

  it('suggests a minor version when prompts, moments, items or ratings are added', () => {
    const added = copy();
    added.prompts.push({ ...added.prompts[0], id: 'new-one' });
    expect(suggestBump(copy(), added)).toEqual({
      level: 'minor',
      reason: 'added',
      ids: ['prompts/new-one'],
    });
    const moment = copy();
    moment.moments.push({
      id: 'telehealth',
      name: 'Telehealth',
      triggers: { keywords: ['video'] },
    });
    expect(suggestBump(copy(), moment)?.ids).toEqual(['moments/telehealth']);
    const item = copy();
    const checklist = item.prompts.find((p: any) => p.kind === 'checklist');
    checklist.items.push({ id: 'another', text: 'Another' });
    expect(suggestBump(copy(), item)?.ids).toEqual([`prompts/${checklist.id}/items/another`]);
  });

  it('suggests a major version when an id clinicians have history with is removed or renamed', () => {
    const removed = copy();
    removed.prompts.pop();
    const gone = copy().prompts.at(-1).id;
    expect(suggestBump(copy(), removed)).toEqual({
      level: 'major',
      reason: 'removed',
      ids: expect.arrayContaining([`prompts/${gone}`]),
    });
    const renamed = copy();
    renamed.ratingItems[0].id = 'renamed';
    expect(suggestBump(copy(), renamed)?.level).toBe('major');
  });
});

describe('bumpVersion', () => {
  it('raises the level asked and resets the ones below', () => {
    expect(bumpVersion('1.2.0', 'minor')).toBe('1.3.0');
    expect(bumpVersion('1.2.7', 'patch')).toBe('1.2.8');
    expect(bumpVersion('1.2.7', 'major')).toBe('2.0.0');
    expect(bumpVersion('1.2.7+build.5', 'patch')).toBe('1.2.8');
  });

  it('releases a pre-release at the level it was heading for', () => {
    expect(bumpVersion('1.3.0-rc.1', 'minor')).toBe('1.3.0');
    expect(bumpVersion('1.3.0-rc.1', 'patch')).toBe('1.3.0');
    expect(bumpVersion('1.3.0-rc.1', 'major')).toBe('2.0.0');
    expect(bumpVersion('2.0.0-beta', 'major')).toBe('2.0.0');
  });

  it('gives null for a version that is not semantic', () => {
    expect(bumpVersion('v1', 'patch')).toBeNull();
  });
});
