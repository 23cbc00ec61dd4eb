// `npx gloss` runs the first `gloss` in node_modules/.bin. package.json deliberately has no "bin"
// field: with one, npm 11 treats `npx gloss` as "install this directory into the npx cache and
// run it from there" (re-running `prepare`, and failing with ENOENT on this machine). Linking the
// launcher here, from "prepare" (run by `npm install` / `npm ci`), gives a direct, fast path.
import { chmod, mkdir, rm, symlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const binDir = join(root, 'node_modules', '.bin');
await mkdir(binDir, { recursive: true });
const link = join(binDir, 'gloss');
await rm(link, { force: true });
await symlink(join('..', '..', 'scripts', 'gloss.mjs'), link);
await chmod(join(root, 'scripts', 'gloss.mjs'), 0o755);
