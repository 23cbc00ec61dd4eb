// Reading the extension's own packaged data files (written at build time from assets/): never
// input from a page or the network, so their shape is trusted as the build wrote it.
import { browser } from './platform';

export async function readPackagedJson(path: string): Promise<unknown> {
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as unknown;
}
