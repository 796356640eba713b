import { describe, expect, it } from 'vitest';
import { cornerRect, pickCorner } from '../../../components/corner';

const view = { width: 1200, height: 800 };
const card = { width: 340, height: 220 };

describe('pickCorner', () => {
  it('keeps the preferred corner when nothing is focused or the field is elsewhere', () => {
    expect(pickCorner('bottom-right', card, view, null)).toBe('bottom-right');
    expect(
      pickCorner('bottom-right', card, view, { left: 20, top: 20, width: 300, height: 40 }),
    ).toBe('bottom-right');
  });

  it('moves away from a field being typed into at the bottom right', () => {
    const field = { left: 700, top: 600, width: 480, height: 150 };
    const corner = pickCorner('bottom-right', card, view, field);
    expect(corner).toBe('bottom-left');
    const r = cornerRect(corner, card, view);
    expect(r.left + r.width <= field.left || r.top + r.height <= field.top).toBe(true);
  });

  it('goes to the top when the field spans the whole bottom', () => {
    expect(
      pickCorner('bottom-right', card, view, { left: 0, top: 500, width: 1200, height: 300 }),
    ).toBe('top-right');
  });
});
