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
 * The layers, back to front. Small sizes drop the thinnest lines, which would blur into grey.
 * @param {number} size
 */
function layers(size) {
  const small = size <= 16;
  /** @type {{ color: number[], inside: (x: number, y: number) => boolean }[]} */
  const out = [{ color: GREEN, inside: (x, y) => roundedRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.22) <= 0 }];
  const line = (y, x1, color) => ({
    color,
    inside: (x, yy) => roundedRect(x, yy, 0.2, y, x1, y + (small ? 0.125 : 0.09), small ? 0.03 : 0.045) <= 0,
  });
  if (!small) out.push(line(0.22, 0.8, PAPER));
  // The highlighter stroke: a slightly slanted band with a chisel-cut left end.
  out.push({
    color: MARKER,
    inside: (x, y) => {
      const slant = (x - 0.5) * -0.06;
      const yy = y - slant;
      return x >= 0.13 && x <= 0.87 && yy >= 0.4 && yy <= (small ? 0.66 : 0.62) && x - 0.13 >= (0.62 - yy) * 0.25;
    },
  });
  out.push(line(small ? 0.47 : 0.465, 0.72, INK));
  out.push(line(small ? 0.78 : 0.7, small ? 0.66 : 0.64, PAPER));
  return out;
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
