import { describe, expect, it } from 'vitest';
import { chooseCheck, type FrameAnswer, mergeProbes } from '../../../prompts/studio/frames';
import type { SelectorFound } from '../../../prompts/studio/picked';
import type { ProbeResult } from '../../../prompts/studio/tab-test';

const probe = (index: number, matched: boolean): ProbeResult => ({
  moment: 0,
  kind: 'selectors',
  index,
  value: `#t${index}`,
  matched,
  invalid: false,
});

describe('the tab’s frames, as the watcher runs in each', () => {
  it('matches a trigger found in any frame, naming the frame when only a child matched it', () => {
    const frames: FrameAnswer<ProbeResult[]>[] = [
      { frameId: 7, host: 'chart.example.org', answer: [probe(0, false), probe(1, true)] },
      { frameId: 0, host: 'ehr.example.org', answer: [probe(0, true), probe(1, false)] },
      { frameId: 9, host: 'other.example.org', answer: [probe(0, false), probe(1, true)] },
    ];
    expect(mergeProbes(frames).map((r) => [r.matched, r.frame])).toEqual([
      [true, undefined],
      [true, 'chart.example.org'],
    ]);
    expect(mergeProbes([frames[1] as FrameAnswer<ProbeResult[]>])[1]?.matched).toBe(false);
    expect(mergeProbes([])).toEqual([]);
  });

  it('checks a selector where the element was picked first, else where it is found', () => {
    const found = (count: number): SelectorFound => ({ count, words: `${count}` });
    const frames: FrameAnswer<SelectorFound | null>[] = [
      { frameId: 0, host: 'ehr.example.org', answer: found(0) },
      { frameId: 4, host: 'chart.example.org', answer: found(2) },
      { frameId: 5, host: 'chart.example.org', answer: found(1) },
    ];
    expect(chooseCheck(frames, 5)).toEqual({ ...found(1), frame: 'chart.example.org' });
    expect(chooseCheck(frames)).toEqual({ ...found(2), frame: 'chart.example.org' });
    const top = { frameId: 0, host: 'ehr.example.org', answer: found(3) };
    expect(chooseCheck([...frames, top].slice(1), 5)).toEqual({
      ...found(1),
      frame: 'chart.example.org',
    });
    expect(chooseCheck([frames[0] as FrameAnswer<SelectorFound | null>])).toEqual(found(0));
    expect(chooseCheck([{ frameId: 0, host: 'ehr.example.org', answer: null }])).toBeNull();
  });
});
