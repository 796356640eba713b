/**
 * The tested tab answers from each of its frames, as the watcher runs in each (it is registered
 * with allFrames): these merge the frames' answers into the one the studio shows. Pure.
 */
import type { SelectorFound } from './picked';
import type { ProbeResult } from './tab-test';

/** One frame's answer, with the frame's host (a host is no page text: the tab's own is shown). */
export interface Framed<T> {
  host: string;
  answer: T;
}

/** A frame's answer as the studio receives it: 0 is the tab's top frame. */
export interface FrameAnswer<T> extends Framed<T> {
  frameId: number;
}

/** A selector check to show: `frame` names the host of the child frame it was found in. */
export type FramedCheck = (SelectorFound & { frame?: string }) | null;

/** The top frame first, then the others in the browser's order. */
const topFirst = <T>(frames: readonly FrameAnswer<T>[]) =>
  [...frames].sort((a, b) => Number(b.frameId === 0) - Number(a.frameId === 0));

/**
 * The draft's triggers on the whole tab: a trigger matches when it matches in any frame (each
 * frame's watcher reports its own matches for the tab). `frame`: where it matched, when only a
 * child frame matched it.
 */
export function mergeProbes(frames: readonly FrameAnswer<ProbeResult[]>[]): ProbeResult[] {
  const [top, ...children] = topFirst(frames);
  if (!top) return [];
  return top.answer.map((result, i) => {
    if (result.matched) return result;
    const found = children.find((f) => f.answer[i]?.matched);
    return found ? { ...result, matched: true, frame: found.host } : result;
  });
}

/**
 * A selector check of the whole tab: the answer of the frame `prefer` (where the element was
 * picked) when the selector finds something there, else of the first frame where it does (top
 * first), else the top frame's (nothing found, or not CSS).
 */
export function chooseCheck(
  frames: readonly FrameAnswer<SelectorFound | null>[],
  prefer?: number,
): FramedCheck {
  const ordered = topFirst(frames);
  const found = (f: FrameAnswer<SelectorFound | null>) => (f.answer?.count ?? 0) > 0;
  const pick =
    ordered.find((f) => f.frameId === prefer && found(f)) ?? ordered.find(found) ?? ordered[0];
  if (!pick?.answer) return null;
  return pick.frameId === 0 ? pick.answer : { ...pick.answer, frame: pick.host };
}
