// Small helpers of a session that need no session state: where things are in the page, and how to wait.
import type { Box } from './ui';

export function openPanelHint(): string {
  return __BROWSER__ === 'firefox'
    ? 'Open the Gloss sidebar (View › Sidebar › Gloss notes) to read and write your notes.'
    : 'Open the Gloss side panel to read and write your notes.';
}

/** A macrotask, not a frame: a tab in the background gets no frames but must still finish. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A task after the next frame has been rendered; or after FRAME_WAIT in a tab that renders no
 * frames (in the background), which must still go on.
 */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, FRAME_WAIT);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
const FRAME_WAIT = 100;

export function boxOf(range: Range): Box {
  const rects = range.getClientRects();
  const r = rects[0] ?? range.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

export function scrollToRange(range: Range): void {
  const r = range.getBoundingClientRect();
  if (r.top >= 80 && r.bottom <= innerHeight - 80) return;
  const el = range.startContainer.parentElement;
  if (el) el.scrollIntoView({ block: 'center', inline: 'nearest' });
  else window.scrollBy(0, r.top - innerHeight / 2);
}

/**
 * Enter notes the selection while ✎ Note is offered: one key after selecting, without reaching for
 * the mouse or tabbing to the button (the last stop of the page's tab order). Not when the key is
 * meant for something else: with modifiers, or in a field, a link or a control of the page.
 */
export function isNoteKey(e: KeyboardEvent): boolean {
  if (e.key !== 'Enter' || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return false;
  const t = e.target as HTMLElement | null;
  return (
    !t ||
    t === document.body ||
    t === document.documentElement ||
    !t.closest('a, button, input, textarea, select, [contenteditable], [tabindex]')
  );
}
