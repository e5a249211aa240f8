import { describe, expect, it } from 'vitest';
import { contrastRatio, HEAT_COLOURS, heatStep, relativeLuminance } from '@/utils/heat-steps';

describe('heatmap colour steps', () => {
  it('computes WCAG contrast as the standard does (black on white is 21:1, a colour on itself 1:1)', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    // #767676 on white is the well-known 4.54:1 grey.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
  });

  it.each(['light', 'dark'] as const)('adjacent steps differ by at least 3:1 in %s', (scheme) => {
    const steps = HEAT_COLOURS[scheme];
    for (let i = 1; i < steps.length; i++) {
      expect(contrastRatio(steps[i - 1]!, steps[i]!), `${scheme} step ${i - 1} → ${i}`).toBeGreaterThanOrEqual(3);
    }
  });

  it.each<[number, number, number]>([
    [0, 5, 0],
    [1, 1, 1],
    [1, 5, 1],
    [3, 5, 1],
    [4, 5, 2],
    [5, 5, 2],
    [2, 2, 2],
    [2, 3, 1],
    [3, 3, 2],
  ])('a count of %i with a busiest hour of %i is step %i', (count, max, step) => {
    expect(heatStep(count, max)).toBe(step);
  });
});
