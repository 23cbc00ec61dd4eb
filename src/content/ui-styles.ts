// Styles of the in-page UI, scoped by the shadow root. `:host { all: initial }` plus explicit
// fonts and colours keep the page's inherited styles out; both colour schemes are covered.
export const STYLES = `
:host { all: initial; }
* { box-sizing: border-box; }
.legend, .card, .notice, .note-button {
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --accent: #0b57d0; --warn: #9a6700; --shadow: 0 6px 24px rgba(0,0,0,.18);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 10px; box-shadow: var(--shadow);
  position: fixed; pointer-events: auto; text-align: left; letter-spacing: normal; text-transform: none;
}
.dark .legend, .dark .card, .dark .notice, .dark .note-button {
  --bg: #1f2328; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --accent: #8ab4f8; --warn: #d29922; --shadow: 0 6px 24px rgba(0,0,0,.6);
}
button { font: inherit; color: inherit; cursor: pointer; }
button:focus-visible, .card:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.card:focus { outline: none; }
.icon { background: none; border: 0; padding: 0 4px; font-size: 16px; line-height: 1; color: var(--muted); }
.icon:hover { color: var(--fg); }
.muted { color: var(--muted); }
.count { color: var(--muted); font-variant-numeric: tabular-nums; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; flex: none; border: 1px solid rgba(0,0,0,.15); }

.legend { right: 16px; bottom: 16px; width: 300px; max-width: calc(100vw - 32px); padding: 8px 10px; }
.legend header { display: flex; align-items: center; gap: 4px; }
.legend .spacer { flex: 1; }
.legend.collapsed { width: auto; }
.chips { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 6px; }
.chip { display: inline-flex; align-items: center; gap: 5px; padding: 2px 8px; border-radius: 999px; border: 1px solid var(--line); background: var(--bg); }
.chip[aria-pressed="false"] { opacity: .5; text-decoration: line-through; }
.legend .style { display: flex; align-items: center; gap: 6px; margin-top: 6px; cursor: pointer; }
.legend .style input { margin: 0; accent-color: var(--accent); cursor: pointer; }
.legend .style input:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.keys { margin: 6px 0 0; color: var(--muted); font-size: 11.5px; }
kbd { font: 11px ui-monospace, SFMono-Regular, Menlo, monospace; border: 1px solid var(--line); border-radius: 3px; padding: 0 3px; }

.card { width: 360px; max-width: calc(100vw - 16px); max-height: min(480px, calc(100vh - 16px)); overflow: auto; padding: 12px 14px; }
.card header { display: flex; align-items: center; gap: 8px; }
.card h2 { font-size: 15px; margin: 0; font-weight: 650; flex: 1; overflow-wrap: anywhere; }
.card h3 { font-size: 11.5px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 10px 0 4px; font-weight: 600; }
.card .kind { font-size: 11.5px; color: var(--muted); }
.card p { margin: 6px 0; }
.card .says { font-size: 14px; margin: 6px 0 2px; }
.card .value { font-size: 14px; font-variant-numeric: tabular-nums; }
.card blockquote { margin: 8px 0; padding-left: 8px; border-left: 3px solid var(--line); color: var(--fg); }
.card .error { color: #d93025; }
.card .source { margin-top: 2px; font-size: 11.5px; color: var(--muted); }
.mentions { margin: 0; padding: 0; list-style: none; }
.mentions li { margin: 1px 0; }
.link { background: none; border: 0; padding: 2px 0; text-align: left; color: var(--accent); }
.link:hover { text-decoration: underline; }
.tags { display: flex; flex-wrap: wrap; gap: 4px; }
.tag { border: 1px solid var(--line); background: var(--bg); border-radius: 6px; padding: 1px 6px; }
.your-notes { margin: 8px 0 0; padding-top: 6px; border-top: 1px solid var(--line); }
.your-notes p { margin: 0; }
.your-notes .figure-changed { margin-top: 4px; font-weight: 600; color: var(--warn); }
/* A fixed height whatever the frame holds: the page can measure the card, so its size must not tell how many notes there are. */
.memory { display: block; width: 100%; height: 96px; margin: 8px 0 0; padding-top: 6px; border: 0; border-top: 1px solid var(--line); background: var(--bg); color-scheme: normal; }

.note-button { padding: 4px 10px; border-radius: 999px; font-weight: 600; color: var(--fg); }
.notice { top: 16px; right: 16px; max-width: min(420px, calc(100vw - 32px)); padding: 10px 12px; display: flex; gap: 8px; align-items: flex-start; }
.notice.error { border-color: #d93025; }
`;
