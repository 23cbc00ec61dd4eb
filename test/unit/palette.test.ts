// The note highlight must never read as a mark: its fill is compared with every mark kind's fill
// as a screen shows them, over a white page and over a dark one, by CIE76 colour distance (ΔE in
// CIELAB; about 2 is the smallest difference people notice, above 10 colours read as different).
import { describe, expect, it } from 'vitest';
import { highlightCss, KIND_STYLE, NOTE_RGBA } from '../../src/core/palette';

type Rgba = [number, number, number, number];
const PAGES = { light: [255, 255, 255], dark: [18, 18, 18] } as const;
/** Distinct at a glance, side by side or not: three times "clearly different". */
const MIN_DISTANCE = 30;

function over([r, g, b, a]: Rgba, page: readonly number[]): number[] {
  return [r, g, b].map((c, i) => c * a + page[i]! * (1 - a));
}

function lab([r, g, b]: number[]): number[] {
  const linear = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const [R, G, B] = [linear(r!), linear(g!), linear(b!)];
  // sRGB to XYZ under D65, relative to the white point.
  const x = (0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047;
  const y = 0.2126 * R + 0.7152 * G + 0.0722 * B;
  const z = (0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function distance(a: number[], b: number[]): number {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!);
}

describe('note highlight', () => {
  for (const [page, under] of Object.entries(PAGES)) {
    it(`differs from every mark kind's fill on a ${page} page by ΔE ≥ ${MIN_DISTANCE}`, () => {
      const note = over(NOTE_RGBA, under);
      const closest = Object.entries(KIND_STYLE)
        .map(([kind, style]) => ({ kind, d: distance(note, over(style.rgba, under)) }))
        .sort((a, b) => a.d - b.d)[0]!;
      expect(closest.d, `closest kind: ${closest.kind}`).toBeGreaterThanOrEqual(MIN_DISTANCE);
    });
  }

  it('the distance measure can fail: the old note yellow was too close to People', () => {
    const oldNote: Rgba = [255, 235, 59, 0.55];
    expect(distance(over(oldNote, PAGES.light), over(KIND_STYLE.person.rgba, PAGES.light))).toBeLessThan(MIN_DISTANCE);
  });

  it('is underlined double, unlike every kind (solid names, dotted figures)', () => {
    const css = highlightCss();
    expect(css).toMatch(/::highlight\(gloss-note\) \{[^}]*underline double/);
    expect(css.match(/underline double/g)).toHaveLength(1);
  });
});
