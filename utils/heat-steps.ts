/**
 * The heatmap's colour steps, light and dark. Adjacent steps differ by at least 3:1 in WCAG contrast
 * (tests/report/heat-steps.test.ts computes it), so no step is told apart by a faint shade alone.
 * That contrast leaves room for three steps only: none, some, many.
 */
export const HEAT_COLOURS = {
  light: ['#f4f6f8', '#5485c8', '#0e3468'],
  dark: ['#1f2227', '#4479bf', '#c2dafc'],
} as const;

export type HeatStep = 0 | 1 | 2;

/**
 * The step of a count, and the counts each step covers. With a busiest hour of `max`, "some" is
 * 1 to half of it (rounded up) and "many" the rest; a week whose busiest hour has 1 has no "many".
 */
export function heatThreshold(max: number): number {
  return Math.max(1, Math.ceil(max / 2));
}

export function heatStep(n: number, max: number): HeatStep {
  if (!(n > 0)) return 0;
  return n <= heatThreshold(max) ? 1 : 2;
}

/** The CSS colour of a step: light-dark() follows the page's colour scheme. */
export function heatFill(step: HeatStep): string {
  return `light-dark(${HEAT_COLOURS.light[step]}, ${HEAT_COLOURS.dark[step]})`;
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG 2 contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
