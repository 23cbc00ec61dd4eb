// The section of an entity card with the reader's notes about it from other articles. Which
// articles a reader annotated is private and this card is in the page's document, which can read
// anything in it: so the section is an extension page (memory.html) in a frame, whose document the
// page cannot read. The page sees only the frame's address, which carries the entity's name (its own
// text) and the card's scheme. See SECURITY.md.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

export function MemoryFrame({ name }: { name: string }) {
  // The frame joins the card in the task after the card is shown: inserting a frame is costly (a
  // browsing context is made on insertion), and inside the card's render it held the card back
  // (`npm run bench:browser`, hover → card). Until then a box of the frame's size holds its place,
  // so the card never changes size with it (a page can measure the card: SECURITY.md).
  const [frameFor, setFrameFor] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setFrameFor(name), 0);
    return () => clearTimeout(timer);
  }, [name]);
  if (frameFor !== name) return <div class="memory" aria-hidden="true" />;
  return (
    <iframe
      // A new frame per name: the frame asks the worker once, when it loads.
      key={name}
      class="memory"
      title={`Your notes on ${name} in other articles`}
      // The address is set once the frame is in the card, where the card's scheme is known.
      ref={(frame) => {
        if (frame && !frame.getAttribute('src')) frame.src = memoryUrl(name, frame.closest('.dark') !== null);
      }}
      referrerPolicy="no-referrer"
    />
  );
}

function memoryUrl(name: string, dark: boolean): string {
  // Chromium gives the page's frames a dynamic id here (use_dynamic_url), so a page cannot tell
  // Gloss apart from another install, nor frame memory.html before Gloss shows it.
  const url = new URL(browser.runtime.getURL('memory.html'));
  url.searchParams.set('name', name);
  if (dark) url.searchParams.set('dark', '1');
  return url.href;
}
