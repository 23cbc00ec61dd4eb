// Draws the toolbar and store icons (assets/icons/{16,32,48,128}.png): a rounded square in the
// badge green with lines of "text", one of them under a yellow highlighter stroke. Drawn from
// shapes with supersampled anti-aliasing rather than scaled from one bitmap, so the 16 px icon
// stays crisp. Run once after changing the design: node scripts/make-icons.mjs
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

const GREEN = [29, 107, 87];
const PAPER = [250, 248, 240];
const MARKER = [255, 202, 40];
const INK = [32, 52, 46];

/** Signed distance to a rounded rectangle (negative inside), in icon units (0..1). */
function roundedRect(px, py, x0, y0, x1, y1, r) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hx = (x1 - x0) / 2 - r;
  const hy = (y1 - y0) / 2 - r;
  const dx = Math.abs(px - cx) - hx;
  const dy = Math.abs(py - cy) - hy;
  const outside = Math.hypot(Math.max(dx, 0), Math.max(dy, 0));
  return outside + Math.min(Math.max(dx, dy), 0) - r;
}

/**
 * The layers, back to front. The 16 px icon is drawn on its own grid with fewer lines, which
 * would otherwise blur into grey.
 * @param {number} size
 */
function layers(size) {
  const bg = { color: GREEN, inside: (x, y) => roundedRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.22) <= 0 };
  /** @param {number} x0 @param {number} y0 @param {number} x1 @param {number} y1 @param {number[]} color */
  const bar = (x0, y0, x1, y1, color, r = (y1 - y0) / 2) => ({
    color,
    inside: (x, y) => roundedRect(x, y, x0, y0, x1, y1, r) <= 0,
  });
  if (size <= 16) {
    // Edges on whole pixels (multiples of 1/16): at this size a half-covered pixel reads as blur.
    return [
      bg,
      bar(3 / 16, 5 / 16, 13 / 16, 10 / 16, MARKER, 0.02),
      bar(4 / 16, 7 / 16, 11 / 16, 8 / 16, INK, 0),
      bar(4 / 16, 12 / 16, 10 / 16, 13 / 16, PAPER, 0),
    ];
  }
  return [
    bg,
    bar(0.2, 0.22, 0.8, 0.31, PAPER),
    {
      // The highlighter stroke: a slightly slanted band with a chisel-cut left end.
      color: MARKER,
      inside: (x, y) => {
        const yy = y + (x - 0.5) * 0.06;
        return x >= 0.13 && x <= 0.87 && yy >= 0.4 && yy <= 0.62 && x - 0.13 >= (0.62 - yy) * 0.25;
      },
    },
    bar(0.2, 0.465, 0.72, 0.555, INK),
    bar(0.2, 0.7, 0.64, 0.79, PAPER),
  ];
}

/** @param {number} size */
function draw(size) {
  const png = new PNG({ width: size, height: size });
  const shapes = layers(size);
  const ss = 5; // samples per axis per pixel
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          let color = null;
          for (const s of shapes) if (s.inside(x, y)) color = s.color;
          if (color) {
            r += color[0] ?? 0;
            g += color[1] ?? 0;
            b += color[2] ?? 0;
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      // Straight (not premultiplied) alpha: average the colour over covered samples only.
      png.data[i] = a ? Math.round(r / a) : 0;
      png.data[i + 1] = a ? Math.round(g / a) : 0;
      png.data[i + 2] = a ? Math.round(b / a) : 0;
      png.data[i + 3] = Math.round((255 * a) / (ss * ss));
    }
  }
  return PNG.sync.write(png);
}

const outDir = fileURLToPath(new URL('../assets/icons', import.meta.url));
await mkdir(outDir, { recursive: true });
for (const size of [16, 32, 48, 128]) {
  await writeFile(join(outDir, `${size}.png`), draw(size));
}
console.log(`wrote ${outDir}/{16,32,48,128}.png`);
