// Everything Gloss shows inside the page: legend, fact card, note button, notices. It lives in a
// closed shadow root, so the page's CSS cannot reach it and its CSS cannot reach the page. That is
// styling, not secrecy: the page can read any text in its document, shadow roots included
// (window.find, Selection.modify), so nothing private is ever rendered here. A note's text is shown
// only in the notes panel; a card says how many notes the reader has there, and opens the panel.
// Text from the page and from the worker is rendered as Preact text children: never as markup.
// Every action runs only for trusted (browser-made) events: the page can forge clicks and keys.
import { options, render } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { cssColor, KIND_STYLE } from '../core/palette';
import type { Card, EntityCard, FigureCard, MarkKind, MarkStyle, NoteAnchor, UnitCard } from '../core/types';
import { CardFacts } from './card-facts';
import { CardLink, LINK_STYLES, type LinkView } from './card-link';
import { MemoryFrame } from './memory-frame';
import { STYLES } from './ui-styles';

/** Below this a card is too cramped to read: it may then cover the mark rather than shrink further. */
const MIN_CARD_HEIGHT = 120;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface UiState {
  legend: {
    counts: Partial<Record<MarkKind, number>>;
    hidden: ReadonlySet<MarkKind>;
    style: MarkStyle;
    collapsed: boolean;
    busy: boolean;
  } | null;
  card: {
    box: Box;
    data: Card | null;
    error: string | null;
    /** Opened from the keyboard: the card takes focus so Tab reaches its links. */
    focus: boolean;
    /** An entity card's Wikipedia look-up, when one was asked for. */
    link?: LinkView;
  } | null;
  noteButton: Box | null;
  notice: { text: string; tone: 'info' | 'error' } | null;
}

export interface UiActions {
  toggleKind(kind: MarkKind): void;
  /** Quiet underlines ⇄ every mark filled. */
  toggleStyle(): void;
  toggleCollapsed(): void;
  turnOff(): void;
  goToMark(markId: number): void;
  cardHover(inside: boolean): void;
  closeCard(): void;
  addNote(): void;
  /** Opens the notes panel at these notes (the card only says that they exist). */
  openNotes(ids: string[]): void;
  dismissNotice(): void;
  /** The card's offer to look names up was taken: the worker opens the settings page. */
  openSettings(): void;
}

export interface Ui {
  update(state: UiState): void;
  /** True when the event happened inside Gloss's own UI (events from a shadow root are retargeted to the host). */
  owns(e: Event): boolean;
  destroy(): void;
}

/** Marks the host for Gloss's own tests and the reader's devtools; the page can find the host anyway. */
export const HOST_ATTRIBUTE = 'data-gloss-ui';

export function mountUi(untrusted: UiActions): Ui {
  const actions = trustedOnly(untrusted);
  // A built-in element, not a custom one: a page can define a custom element under any name
  // before Gloss runs and call attachInternals() on it, which hands it the "closed" shadow root.
  // A plain <div> cannot be upgraded (no `is` is given), so its shadow root stays Gloss's.
  const host = document.createElement('div');
  host.setAttribute(HOST_ATTRIBUTE, '');
  // Inline !important so page rules for unknown elements (e.g. `* { display: block }`) cannot move it.
  host.style.cssText =
    'all: initial !important; position: fixed !important; inset: 0 auto auto 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important; display: block !important;';
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLES + LINK_STYLES;
  const mount = document.createElement('div');
  if (pageLooksDark()) mount.className = 'dark';
  shadow.append(style, mount);
  document.documentElement.append(host);
  return {
    update: (state) => render(<App state={state} actions={actions} />, mount),
    owns: (e) => e.composedPath().includes(host),
    destroy: () => {
      render(null, mount);
      host.remove();
    },
  };
}

/**
 * Gloss's UI takes the scheme of the page the reader is looking at, not only the OS setting: a
 * white card on a dark site (or the reverse) glares. The page's own background decides; when the
 * page paints none (transparent all the way up), the reader's preferred scheme does.
 */
/**
 * The same actions, each run only while a trusted (browser-made) event is being handled. Preact
 * hands every event to `options.event` before the handler, so the event being dispatched is
 * known; a click the page forges (dispatchEvent, element.click()) has isTrusted false and does
 * nothing, and neither does an action called outside any event.
 */
function trustedOnly(actions: UiActions): UiActions {
  const guarded = {} as Record<keyof UiActions, (...args: never[]) => void>;
  for (const key of Object.keys(actions) as (keyof UiActions)[]) {
    const action = actions[key] as (...args: never[]) => void;
    guarded[key] = (...args) => {
      if (handling?.isTrusted && handling.eventPhase !== Event.NONE) action(...args);
    };
  }
  return guarded as UiActions;
}

let handling: Event | null = null;
const previousEventHook = options.event;
options.event = (e: Event) => {
  handling = e;
  return previousEventHook ? previousEventHook(e) : e;
};

function pageLooksDark(): boolean {
  const start = document.querySelector('article, main, [role="main"]') ?? document.body;
  for (let el: Element | null = start; el; el = el.parentElement) {
    const rgb = parseRgb(getComputedStyle(el).backgroundColor);
    if (rgb && rgb[3] > 0.5) return luminance(rgb) < 0.25;
  }
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  if (/\bdark\b/.test(scheme) && !/\blight\b/.test(scheme)) return true;
  return matchMedia('(prefers-color-scheme: dark)').matches && /\bdark\b/.test(scheme);
}

function parseRgb(css: string): [number, number, number, number] | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?/.exec(css);
  if (!m) return null;
  const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), a];
}

/** Relative luminance (sRGB, WCAG). */
function luminance([r, g, b]: [number, number, number, number]): number {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function App({ state, actions }: { state: UiState; actions: UiActions }) {
  return (
    <>
      {state.legend && <Legend legend={state.legend} actions={actions} />}
      {state.card && <CardView card={state.card} actions={actions} />}
      {state.noteButton && (
        <button
          class="note-button"
          style={{ left: `${state.noteButton.left}px`, top: `${state.noteButton.bottom + 6}px` }}
          // mousedown would clear the page selection before click: keep it.
          onMouseDown={(e) => e.preventDefault()}
          onClick={actions.addNote}
          // Enter notes the selection while this button shows (session.ts): one key, announced here.
          title="Add a note to the selected text (Enter)"
          aria-keyshortcuts="Enter"
        >
          ✎ Note
        </button>
      )}
      {state.notice && (
        <div class={`notice ${state.notice.tone}`} role={state.notice.tone === 'error' ? 'alert' : 'status'}>
          <span>{state.notice.text}</span>
          <button class="icon" aria-label="Dismiss" onClick={actions.dismissNotice}>
            ×
          </button>
        </div>
      )}
    </>
  );
}

function Legend({ legend, actions }: { legend: NonNullable<UiState['legend']>; actions: UiActions }) {
  const kinds = (Object.keys(KIND_STYLE) as MarkKind[]).filter((k) => (legend.counts[k] ?? 0) > 0);
  return (
    <section class={`legend ${legend.collapsed ? 'collapsed' : ''}`} aria-label="Gloss legend">
      <header>
        <strong>Gloss</strong>
        {legend.busy && <span class="muted"> reading…</span>}
        <span class="spacer" />
        <button class="icon" onClick={actions.toggleCollapsed} aria-expanded={!legend.collapsed} title="Show or hide the legend">
          {legend.collapsed ? '▴' : '▾'}
        </button>
        <button class="icon" onClick={actions.turnOff} title="Turn Gloss off for this page" aria-label="Turn Gloss off">
          ×
        </button>
      </header>
      {!legend.collapsed && (
        <>
          <div class="chips">
            {kinds.length === 0 && !legend.busy && <span class="muted">Nothing recognized in this article.</span>}
            {kinds.map((k) => (
              <button
                key={k}
                class="chip"
                aria-pressed={!legend.hidden.has(k)}
                onClick={() => actions.toggleKind(k)}
                title={`${legend.hidden.has(k) ? 'Show' : 'Hide'} ${KIND_STYLE[k].label.toLowerCase()}`}
              >
                <span class="swatch" style={{ background: cssColor(KIND_STYLE[k].rgba) }} />
                {KIND_STYLE[k].label} <span class="count">{legend.counts[k]}</span>
              </button>
            ))}
          </div>
          <label class="style">
            <input type="checkbox" checked={legend.style === 'full'} onChange={actions.toggleStyle} />
            Highlight every mark
          </label>
          <p class="keys">
            <kbd>Alt</kbd>+<kbd>J</kbd>/<kbd>K</kbd> next/previous mark · <kbd>Esc</kbd> close card · select text to add a note
          </p>
        </>
      )}
    </section>
  );
}

function CardView({ card, actions }: { card: NonNullable<UiState['card']>; actions: UiActions }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Below the mark, or above it when only that side has room; never over the mark the card explains. When
    // neither side holds the whole card it takes the roomier side and scrolls inside.
    const margin = 8;
    el.style.maxHeight = '';
    const w = el.offsetWidth;
    const h = el.offsetHeight;
    const below = innerHeight - card.box.bottom - 2 * margin;
    const above = card.box.top - 2 * margin;
    const downward = h <= below || (h > above && below >= above);
    const room = Math.max(MIN_CARD_HEIGHT, downward ? below : above);
    if (h > room) el.style.maxHeight = `${room}px`;
    const height = Math.min(h, room);
    let top = downward ? card.box.bottom + margin : card.box.top - height - margin;
    top = Math.max(margin, Math.min(top, innerHeight - height - margin));
    const left = Math.max(margin, Math.min(card.box.left, innerWidth - w - margin));
    el.style.left = `${left}px`;
    el.style.top = `${top}px`;
    el.style.visibility = 'visible';
  });
  useLayoutEffect(() => {
    if (card.focus) ref.current?.focus({ preventScroll: true });
  }, [card.focus, card.data]);
  const d = card.data;
  return (
    <div
      ref={ref}
      class="card"
      role="dialog"
      aria-label={d ? (d.kind === 'entity' ? d.name : d.text) : 'Gloss card'}
      tabIndex={-1}
      style={{ visibility: 'hidden' }}
      onMouseEnter={() => actions.cardHover(true)}
      onMouseLeave={() => actions.cardHover(false)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          actions.closeCard();
        }
      }}
    >
      {card.error ? (
        <p class="error">{card.error}</p>
      ) : !d ? (
        <p class="muted">Loading…</p>
      ) : d.kind === 'entity' ? (
        <EntityBody d={d} link={card.link} actions={actions} />
      ) : d.kind === 'figure' ? (
        <FigureBody d={d} actions={actions} />
      ) : (
        <UnitBody d={d} actions={actions} />
      )}
    </div>
  );
}

function CardHeader({ kind, title }: { kind: MarkKind; title: string }) {
  return (
    <header>
      <span class="swatch" style={{ background: cssColor(KIND_STYLE[kind].rgba) }} />
      <h2>{title}</h2>
      <span class="kind">{KIND_STYLE[kind].singular}</span>
    </header>
  );
}

function EntityBody({ d, link, actions }: { d: EntityCard; link: LinkView | undefined; actions: UiActions }) {
  return (
    <>
      <CardHeader kind={d.type} title={d.name} />
      {d.firstSentence && <blockquote>{d.firstSentence}</blockquote>}
      <h3>
        Mentioned {d.mentionCount} {d.mentionCount === 1 ? 'time' : 'times'}
      </h3>
      <ol class="mentions">
        {d.mentions.slice(0, 12).map((m, i) => (
          <li key={m.markId}>
            <button class="link" onClick={() => actions.goToMark(m.markId)} title="Scroll to this mention">
              {i + 1}. {m.context}
            </button>
          </li>
        ))}
      </ol>
      {d.mentionCount > 12 && <p class="muted">and {d.mentionCount - 12} more</p>}
      {d.figures.length > 0 && (
        <>
          <h3>Figures with it</h3>
          <FigureTags figures={d.figures} count={d.figureCount} actions={actions} />
        </>
      )}
      {d.related.length > 0 && (
        <>
          <h3>Appears with</h3>
          <p class="tags">
            {d.related.map((r) => (
              <span key={r.name} class="tag plain">
                {r.name} <span class="count">{r.count}</span>
              </span>
            ))}
          </p>
        </>
      )}
      <CardFacts facts={d.facts} />
      <CardLink link={link} name={d.name} openSettings={actions.openSettings} />
      <Notes notes={d.notes} actions={actions} />
      <MemoryFrame name={d.name} />
    </>
  );
}

function FigureBody({ d, actions }: { d: FigureCard; actions: UiActions }) {
  return (
    <>
      <CardHeader kind={d.figureKind} title={d.text} />
      {d.says && <p class="says">{d.says}</p>}
      <p class="value">{d.normalized}</p>
      {d.comparisons.length > 0 ? (
        <>
          <h3>Compared with the article's figures of {d.measure}</h3>
          <ul class="mentions">
            {d.comparisons.map((c) => (
              <li key={c.markId}>
                <button class="link" onClick={() => actions.goToMark(c.markId)} title="Scroll to this figure">
                  {c.phrase}
                </button>
              </li>
            ))}
          </ul>
          {d.comparisonCount > d.comparisons.length && (
            <p class="muted">
              and {d.comparisonCount - d.comparisons.length} more of {d.measure ?? 'the same measure'}
            </p>
          )}
        </>
      ) : d.measure === null ? (
        <p class="muted">Its sentence does not say what it counts, so Gloss compares it with nothing.</p>
      ) : (
        <p class="muted">No other figure in this article counts {d.measure}.</p>
      )}
      <Notes notes={d.notes} actions={actions} />
    </>
  );
}

function UnitBody({ d, actions }: { d: UnitCard; actions: UiActions }) {
  const same = d.name.toLowerCase() === d.text.toLowerCase();
  return (
    <>
      <CardHeader kind="unit" title={d.text} />
      <p class="value">
        {same ? d.name : `${d.text} = ${d.name}`}
        {d.unit !== d.text && d.unit !== d.name ? ` (${d.unit})` : ''}
        {d.measures ? <span class="muted"> · {d.measures}</span> : null}
      </p>
      {d.definition && <p>{d.definition}</p>}
      {d.mentions > 1 && <p class="muted">Named {d.mentions} times in the article without an amount.</p>}
      {d.figures.length > 0 ? (
        <>
          <h3>
            {d.measures === 'currency' ? 'Amounts in this currency' : d.measures ? `Amounts of ${d.measures}` : 'Amounts in this unit'} in
            the article
          </h3>
          <FigureTags figures={d.figures} count={d.figureCount} actions={actions} />
        </>
      ) : (
        <p class="muted">The article gives no amount in this unit.</p>
      )}
      <Notes notes={d.notes} actions={actions} />
    </>
  );
}

/** Up to eight figures as buttons that scroll to them; `count` of them in all. */
function FigureTags({ figures, count, actions }: { figures: { markId: number; text: string }[]; count: number; actions: UiActions }) {
  return (
    <>
      <p class="tags">
        {figures.slice(0, 8).map((f) => (
          <button key={f.markId} class="tag" onClick={() => actions.goToMark(f.markId)}>
            {f.text}
          </button>
        ))}
      </p>
      {count > 8 && <p class="muted">and {count - 8} more</p>}
    </>
  );
}

/**
 * How many of the reader's notes touch this mark, and a way to read them. Never their text: the
 * page can read anything in its document, shadow roots included.
 */
function Notes({ notes, actions }: { notes: NoteAnchor[]; actions: UiActions }) {
  if (notes.length === 0) return null;
  // The figures the publisher changed since the note was written. Safe to show here: both are the
  // page's own text (then and now), nothing the reader wrote.
  const changes = notes.flatMap((n) => n.changes ?? []);
  return (
    <div class="your-notes">
      <p>
        <span>{notes.length === 1 ? 'You have a note here.' : `You have ${notes.length} notes here.`}</span>{' '}
        <button class="link" onClick={() => actions.openNotes(notes.map((n) => n.id))}>
          Read in the notes panel
        </button>
      </p>
      {changes.map((c, i) => (
        <p key={i} class="figure-changed">
          Figure changed: was {c.was}, now {c.now}
        </p>
      ))}
    </div>
  );
}
