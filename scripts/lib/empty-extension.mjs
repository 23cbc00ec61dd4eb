// The floor for a click's cost in the browser itself: an extension that does nothing but what every
// toolbar-click extension must (a worker woken by the click injects a script), measured by
// `npm run bench:browser` in the same run as Gloss. Its content script only sets the stage marks
// Gloss's sets, so the bench reads both alike. Written to a temporary folder at each run.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function writeEmptyExtension() {
  const dir = await mkdtemp(join(tmpdir(), 'gloss-empty-extension-'));
  const manifest = {
    manifest_version: 3,
    name: 'Empty click extension (bench floor)',
    version: '1.0.0',
    action: { default_title: 'floor' },
    background: { service_worker: 'background.js' },
    permissions: ['activeTab', 'scripting'],
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(
    join(dir, 'background.js'),
    `chrome.action.onClicked.addListener((tab) => {
  globalThis.__glossClicks = (globalThis.__glossClicks ?? 0) + 1;
  chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['content.js'] });
});\n`,
  );
  await writeFile(join(dir, 'content.js'), `for (const s of ['injected', 'painted']) performance.mark('gloss:' + s);\n`);
  return dir;
}
