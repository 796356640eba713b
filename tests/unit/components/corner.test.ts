// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cornerRect, obstaclesIn, overlapArea, pickCorner } from '../../../components/corner';

const view = { width: 1200, height: 800 };
const card = { width: 340, height: 220 };

describe('pickCorner', () => {
  it('keeps the preferred corner when nothing is focused or the field is elsewhere', () => {
    expect(pickCorner('bottom-right', card, view, [])).toEqual({
      corner: 'bottom-right',
      clear: true,
    });
    const field = { left: 20, top: 20, width: 300, height: 40 };
    expect(pickCorner('bottom-right', card, view, [field]).corner).toBe('bottom-right');
  });

  it('moves away from a field being typed into at the bottom right', () => {
    const field = { left: 700, top: 600, width: 480, height: 150 };
    const { corner, clear } = pickCorner('bottom-right', card, view, [field]);
    expect([corner, clear]).toEqual(['bottom-left', true]);
    expect(overlapArea(cornerRect(corner, card, view), field)).toBe(0);
  });

  it('goes to the top when the field spans the whole bottom', () => {
    const field = { left: 0, top: 500, width: 1200, height: 300 };
    expect(pickCorner('bottom-right', card, view, [field]).corner).toBe('top-right');
  });

  it('keeps a dragged-to corner while it covers nothing', () => {
    const field = { left: 700, top: 600, width: 480, height: 150 };
    expect(pickCorner('top-left', card, view, [field]).corner).toBe('top-left');
  });

  it('avoids the selected text as well as the field', () => {
    const field = { left: 700, top: 600, width: 480, height: 150 };
    const selection = { left: 20, top: 700, width: 200, height: 18 };
    expect(pickCorner('bottom-right', card, view, [field, selection]).corner).toBe('top-right');
  });

  it('when every corner covers the field, picks the least-covering one and says it is not clear', () => {
    // A tall card and a field across the middle: each corner covers part of it, the top ones less.
    const tall = { width: 340, height: 420 };
    const field = { left: 100, top: 380, width: 1000, height: 100 };
    const placed = pickCorner('bottom-right', tall, view, [field]);
    expect(placed.clear).toBe(false);
    expect(placed.corner).toBe('top-right');
    // Not the preferred corner, which covers more of the field.
    const area = (c: 'bottom-right' | 'top-right') => overlapArea(cornerRect(c, tall, view), field);
    expect(area('top-right')).toBeLessThan(area('bottom-right'));
  });

  it("measures the visible card, not its host's margin", () => {
    // The page's content ends 4 px inside the host's box: within its 8 px frame, off the card.
    const field = { left: 700, top: 600, width: 480, height: 150 };
    const host = { width: 340 + 16, height: 220 + 16 };
    const below = { left: 0, top: 0, width: 1200, height: 800 - 16 - host.height + 4 };
    expect(pickCorner('bottom-right', host, view, [below], 8).clear).toBe(true);
    expect(pickCorner('bottom-right', host, view, [below], 0).clear).toBe(false);
    expect(pickCorner('bottom-right', host, view, [field], 8).corner).toBe('bottom-left');
  });
});

describe('obstaclesIn', () => {
  const box = (el: HTMLElement, r: { left: number; top: number; width: number; height: number }) =>
    Object.assign(el, {
      getBoundingClientRect: () => ({ ...r, right: r.left + r.width, bottom: r.top + r.height }),
    });

  it('reads the focused text field and nothing when a button or the card has focus', () => {
    document.body.innerHTML =
      '<textarea id="t"></textarea><input id="i" type="checkbox"><div id="host"></div>';
    const host = document.getElementById('host') as HTMLElement;
    const area = box(document.getElementById('t') as HTMLElement, {
      left: 10,
      top: 500,
      width: 600,
      height: 120,
    });
    area.focus();
    expect(obstaclesIn(document, host)).toEqual([
      expect.objectContaining({ left: 10, top: 500, width: 600, height: 120 }),
    ]);
    (document.getElementById('i') as HTMLElement).focus();
    expect(obstaclesIn(document, host)).toEqual([]);
  });

  it('counts a contenteditable editor as a field being typed into', () => {
    document.body.innerHTML =
      '<div id="e" contenteditable="true" tabindex="0"></div><div id="h"></div>';
    const editor = document.getElementById('e') as HTMLElement;
    box(editor, { left: 0, top: 0, width: 50, height: 50 });
    editor.focus();
    expect(obstaclesIn(document, document.getElementById('h') as HTMLElement)).toHaveLength(1);
  });
});
