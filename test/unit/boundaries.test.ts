// Code is laid out by where it runs, and ESLint (eslint.config.mjs, run by `npm test`) enforces
// the boundaries. This checks that the configuration really refuses each crossing, so a config
// edit cannot switch a boundary off unnoticed.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const root = resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function restricted(file: string, source: string): Promise<boolean> {
  const [result] = await eslint.lintText(source, { filePath: resolve(root, file) });
  return (result?.messages ?? []).some((m) => m.ruleId === 'no-restricted-imports');
}

describe('import boundaries (ESLint)', () => {
  test.each([
    ['src/content/x.ts', "import { openNotesStore } from '../background/notes-db';", 'the page bundle would ship the notes database'],
    ['src/content/x.ts', "import '../sidepanel/index';", 'the page bundle would ship the panel'],
    ['src/sidepanel/x.ts', "import '../background/index';", 'the panel talks to the worker by messages'],
    ['src/background/x.ts', "import '../content/session';", 'the worker talks to pages by messages'],
    ['src/core/x.ts', "import browser from 'webextension-polyfill';", 'core is pure logic'],
    ['src/core/recognize/x.ts', "import { openDB } from 'idb';", 'core is pure logic'],
    ['src/core/recognize/x.ts', "import '../../content/marks';", 'core is pure logic'],
  ])('%s: %s is refused (%s)', async (file, source) => {
    expect(await restricted(file, `${source}\nexport {};\n`)).toBe(true);
  });

  test.each([
    ['src/content/x.ts', "import { client } from '../core/messaging';"],
    ['src/background/x.ts', "import { openDB } from 'idb';"],
    ['src/sidepanel/x.ts', "import browser from 'webextension-polyfill';"],
  ])('%s: %s is allowed', async (file, source) => {
    expect(await restricted(file, `${source}\nexport {};\n`)).toBe(false);
  });
});
