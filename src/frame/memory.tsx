// memory.html: the reader's notes about an entity from other articles, shown inside the entity's
// card. The card is in the news page's document, which can read any text put there; this page is
// framed into it from the extension's own origin, which the page cannot read, so the page learns
// only the entity's name (in this frame's address), which it printed itself. See SECURITY.md.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { client } from '../core/messaging';
import type { EntityMemory, FrameToBackground } from '../core/protocol';
import './memory.css';

const send = client<FrameToBackground>((message) => browser.runtime.sendMessage(message));

const params = new URLSearchParams(location.search);
const name = params.get('name') ?? '';
// The card's scheme follows the page's background, which only the card can see.
if (params.get('dark') === '1') document.documentElement.classList.add('dark');

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function Memory() {
  const [memory, setMemory] = useState<EntityMemory | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void send('notes.byEntity', { name }).then((r) => (r.ok ? setMemory(r.value) : setError(r.error.message)));
  }, []);
  const open = (id: string | null) =>
    void send('memory.open', { name, id }).then((r) => {
      if (!r.ok) setError(r.error.message);
      else if (!r.value.panelOpened) setError('Open the Gloss notes panel to read them.');
    });

  if (error) return <p class="muted">{error}</p>;
  if (!memory) return <p class="muted">Looking for your notes on {name}…</p>;
  if (memory.noteCount === 0) return <p class="muted">No notes of yours on {name} in other articles yet.</p>;
  return (
    <section aria-label={`Your notes on ${name} in other articles`}>
      <h3>
        Your notes on {name}: {memory.noteCount}, in {plural(memory.articleCount, 'other article', 'other articles')}
      </h3>
      <ul>
        {memory.articles.map((a) => (
          <li key={a.url}>
            <button class="link" title={a.url} onClick={() => open(a.noteIds[0]!)}>
              {a.title || a.url}
            </button>
            {a.noteIds.length > 1 && <span class="muted"> · {plural(a.noteIds.length, 'note', 'notes')}</span>}
          </li>
        ))}
      </ul>
      {memory.articleCount > memory.articles.length && (
        <p class="muted">and {plural(memory.articleCount - memory.articles.length, 'more article', 'more articles')}</p>
      )}
      <p>
        <button class="link" onClick={() => open(null)}>
          All your notes on {name}, in the notes panel
        </button>
      </p>
    </section>
  );
}

render(<Memory />, document.getElementById('app')!);
