// What an entity card says of its name from Wikipedia (issue 11), below the article's own facts: the description,
// a short plain-text extract, the image, the article's link and the attribution; a line while it loads, a line
// when it fails, "as of <date>" when the network failed and the card shows what was kept. Everything in the reply
// is rendered as text; the image is a data: URL the worker fetched (a remote address would let the page's
// request tell Wikimedia which article the reader is on), and the link only an https address.
import type { LinkReply } from '../core/protocol';
import type { Card } from '../core/types';

/**
 * The card's look-up as the session tracks it: asked (nothing shown: most answers, "off" included, come at once),
 * loading (still no answer after `LOADING_LINE_DELAY`), offered (look-ups off, the first card), or answered.
 */
export type LinkView = { state: 'asked' } | { state: 'loading' } | { state: 'offer' } | LinkReply;

/** After this long without an answer the card says it is looking the name up. */
export const LOADING_LINE_DELAY = 250;

export const LINK_STYLES = `
.wiki { margin: 8px 0 0; padding-top: 6px; border-top: 1px solid var(--line); }
.wiki .description { font-weight: 600; margin: 4px 0; }
.wiki .extract { margin: 4px 0; }
.wiki img { float: right; max-width: 96px; max-height: 96px; margin: 2px 0 4px 8px; border-radius: 4px; }
.wiki a { color: var(--accent); }
.wiki .source { font-size: 11.5px; clear: both; }
.offer { margin: 8px 0 0; padding-top: 6px; border-top: 1px solid var(--line); color: var(--muted); }
`;

/** The card with the linked item's type (a cloud service is a product), whichever of the two replies came first. */
export function withLinkType(card: Card, link: LinkView | undefined): Card {
  return card.kind === 'entity' && link?.state === 'linked' ? { ...card, type: link.type } : card;
}

const dateText = (ms: number) => new Date(ms).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

export function CardLink({ link, name, openSettings }: { link: LinkView | undefined; name: string; openSettings(): void }) {
  if (!link || link.state === 'off' || link.state === 'asked') return null;
  switch (link.state) {
    case 'loading':
      return <p class="wiki muted">Looking up “{name}” on Wikipedia…</p>;
    case 'offer':
      return (
        <p class="offer">
          Look up what names are, on Wikipedia?{' '}
          <button class="link" onClick={openSettings}>
            Settings
          </button>
        </p>
      );
    case 'none':
      return <p class="wiki muted">Wikipedia has nothing this name surely means here.</p>;
    case 'failed':
      return <p class="wiki muted">Not looked up: {link.reason}</p>;
    case 'linked':
      return (
        <section class="wiki" aria-label="From Wikipedia">
          {link.thumbnail?.startsWith('data:image/') && <img class="thumb" src={link.thumbnail} alt="" />}
          {link.description && <p class="description">{link.description}</p>}
          {link.extract && <p class="extract">{link.extract}</p>}
          {link.asOf !== undefined && <p class="muted as-of">As of {dateText(link.asOf)}: Wikipedia could not be reached just now.</p>}
          <p class="source muted">
            {link.url?.startsWith('https://') ? (
              <a href={link.url} target="_blank" rel="noopener noreferrer">
                {link.title} on Wikipedia
              </a>
            ) : (
              link.title
            )}
            {' · '}From Wikipedia, CC BY-SA
          </p>
        </section>
      );
  }
}
