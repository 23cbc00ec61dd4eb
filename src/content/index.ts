// Injected by the worker on each toolbar click (activeTab: Gloss cannot read a page until the
// reader asks). The script runs again on every click in the same isolated world, so the live
// session is kept on a global of that world: a click with a session running turns it off.
import { Session } from './session';

const KEY = '__glossSession';
type Holder = typeof globalThis & { [KEY]?: Session };
const g = globalThis as Holder;

const running = g[KEY];
if (running && !running.isStopped()) {
  void running.stop('off');
} else {
  g[KEY] = new Session();
}
