// Shown instead of "no notes" when the worker cannot know the tab's page: Gloss asks for no access
// to sites up front, so it is the reader's choice to let it read tab addresses (not content).
import browser from 'webextension-polyfill';
import { useState } from 'preact/hooks';
import { PAGE_ADDRESSES } from '../core/permissions';

export function PagePermission({ onGranted }: { onGranted(): void }) {
  const [answer, setAnswer] = useState<'asking' | 'refused' | null>(null);
  const allow = () => {
    // First thing in the click: both browsers grant a permission request only inside a user gesture.
    const request = browser.permissions.request(PAGE_ADDRESSES);
    setAnswer('asking');
    void request.then(
      (granted) => {
        setAnswer(granted ? null : 'refused');
        if (granted) onGranted();
      },
      () => setAnswer('refused'),
    );
  };
  return (
    <div class="permission">
      <p>
        Gloss can’t see this page’s notes until you press Gloss on it — or allow Gloss to read page addresses{' '}
        <button class="primary" onClick={allow} disabled={answer === 'asking'}>
          Allow
        </button>
      </p>
      <p class="muted small">
        Gloss then reads the address and title of your tabs, never what the pages say, to list each page’s notes here and count them on its
        button.
      </p>
      {answer === 'refused' && <p class="muted small">Not allowed: press Gloss on a page to see its notes.</p>}
    </div>
  );
}
