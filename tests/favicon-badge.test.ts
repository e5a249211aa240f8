import { describe, expect, it } from 'vitest';
import { isIconRel, JUDGE_SIZE, showsBadge } from '../utils/favicon-badge';

type Rgba = [number, number, number, number];
/** A JUDGE_SIZE² icon filled with `fill`, with `paint(x, y)` overriding single pixels. */
function icon(fill: Rgba, paint: (x: number, y: number) => Rgba | null = () => null): Uint8ClampedArray {
  const px = new Uint8ClampedArray(JUDGE_SIZE * JUDGE_SIZE * 4);
  for (let y = 0; y < JUDGE_SIZE; y++)
    for (let x = 0; x < JUDGE_SIZE; x++) px.set(paint(x, y) ?? fill, (y * JUDGE_SIZE + x) * 4);
  return px;
}
const BLUE: Rgba = [30, 120, 200, 255];
const RED: Rgba = [224, 36, 94, 255];
const dot = (r: number) => (x: number, y: number) => ((x - 11) ** 2 + (y - 4) ** 2 <= r * r ? RED : null);

describe('isIconRel', () => {
  it('takes the icon token in any rel the tab strip reads', () => {
    for (const rel of ['icon', 'ICON', 'shortcut icon', 'alternate icon', 'icon favicon', ' icon\t'])
      expect(isIconRel(rel), rel).toBe(true);
  });
  it('leaves other links alone', () => {
    for (const rel of ['apple-touch-icon', 'stylesheet', 'mask-icon', 'iconic', '', null])
      expect(isIconRel(rel), String(rel)).toBe(false);
  });
});

describe('showsBadge', () => {
  const plain = icon(BLUE);
  it('a redraw of the plain icon is no badge, even with resampling noise', () => {
    expect(showsBadge(plain, icon(BLUE))).toBe(false);
    expect(showsBadge(plain, icon([40, 110, 210, 255]))).toBe(false);
    // A one-pixel seam from scaling 32 px down to 16.
    expect(
      showsBadge(
        plain,
        icon(BLUE, (x, y) => (x === 0 && y < 8 ? RED : null)),
      ),
    ).toBe(false);
  });
  it('a red dot or a count drawn on it is a badge', () => {
    expect(showsBadge(plain, icon(BLUE, dot(3)))).toBe(true);
    expect(showsBadge(plain, icon(BLUE, dot(5)))).toBe(true);
  });
  it('transparent and white compare equal, a different picture does not', () => {
    const clear = icon([0, 0, 0, 0]);
    expect(showsBadge(clear, icon([255, 255, 255, 255]))).toBe(false);
    expect(showsBadge(clear, icon(BLUE))).toBe(true);
  });
  it('unreadable sizes count as a change', () => {
    expect(showsBadge(plain, new Uint8ClampedArray(4))).toBe(true);
  });
});
