#!/usr/bin/env node
// Thin launcher: the CLI is bundled to dist/cli by `npm run build` (run by `npm install`).
import { existsSync } from 'node:fs';
const entry = new URL('../dist/cli/gloss.mjs', import.meta.url);
if (!existsSync(entry)) {
  console.error('gloss: not built yet; run `npm run build` first');
  process.exit(2);
}
await import(entry.href);
