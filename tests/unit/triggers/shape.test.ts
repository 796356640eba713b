// @vitest-environment happy-dom
// Which DOM changes make the watcher evaluate the triggers again: its observer compares the page's
// shape (element count, title, h1–h3 text) before and after a change.
import { beforeEach, describe, expect, it } from 'vitest';
import { isOverlayHost, OVERLAY_ATTR } from '../../../components/overlay-host';
import { shapeReader } from '../../../entrypoints/watcher';

describe('shapeReader', () => {
  let shape: () => string;
  let before: string;
  const el = (id: string) => document.getElementById(id) as HTMLElement;

  beforeEach(() => {
    document.title = 'Unit monitoring board'; // i18n-ignore
    document.body.innerHTML =
      '<h2 id="h">Bed overview</h2><div id="board"><span id="value">72</span></div>'; // i18n-ignore
    shape = shapeReader(document);
    before = shape();
  });

  it('stays the same when a live value changes its text (the monitor page, hundreds a second)', () => {
    el('value').textContent = '75';
    el('value').append(document.createTextNode(' bpm'));
    expect(shape()).toBe(before);
  });

  it("changes when a heading's text changes", () => {
    el('h').textContent = 'Surgical pathology'; // i18n-ignore
    expect(shape()).not.toBe(before);
  });

  it('changes when the title changes', () => {
    document.title = 'Discharge summary'; // i18n-ignore
    expect(shape()).not.toBe(before);
  });

  it('changes when an element is added or removed anywhere', () => {
    el('board').append(document.createElement('div'));
    const added = shape();
    expect(added).not.toBe(before);
    el('board').lastElementChild?.remove();
    expect(shape()).toBe(before);
    el('value').remove();
    expect(shape()).not.toBe(before);
  });

  it('changes when a heading is swapped for another with the same count of elements', () => {
    el('h').replaceWith(Object.assign(document.createElement('h3'), { textContent: 'Biopsy' })); // i18n-ignore
    expect(shape()).not.toBe(before);
  });

  it("stays the same when the overlay's own host is added", () => {
    const host = document.createElement('div');
    host.setAttribute(OVERLAY_ATTR, '');
    document.documentElement.append(host);
    expect(isOverlayHost(host)).toBe(true);
    expect(shape()).toBe(before);
    host.remove();
  });
});
