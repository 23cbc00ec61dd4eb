// Gloss's settings page (options_ui): whether cards look names up on Wikidata and Wikipedia, and where. It writes
// storage.local itself rather than through a worker message: it is an extension page, which the news page cannot
// reach, so no message that a page could forge is needed, and the worker checks what it reads back before every
// look-up anyway (core/link/settings.ts). Turning look-ups on asks for the two APIs' host permissions (and the
// image host's) inside the reader's click, which is the only time the browser will ask.
import browser from 'webextension-polyfill';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
  apiOrigins,
  checkBaseUrl,
  DEFAULT_LINK_SETTINGS,
  LINK_SETTINGS_KEY,
  linkOrigins,
  readLinkSettings,
  type LinkSettings,
} from '../core/link/settings';
import { applySettings, type Line, type SettingsStore } from './apply';
import './options.css';

async function loadSettings(): Promise<LinkSettings> {
  const stored = readLinkSettings((await browser.storage.local.get(LINK_SETTINGS_KEY))[LINK_SETTINGS_KEY]);
  // Withdrawn in the browser's own settings: look-ups are off, whatever was stored.
  const allowed = stored.enabled && (await browser.permissions.contains({ origins: apiOrigins(stored) }));
  return { ...stored, enabled: allowed };
}

const store: SettingsStore = {
  request: (origins) => browser.permissions.request({ origins }),
  save: (settings) => browser.storage.local.set({ [LINK_SETTINGS_KEY]: settings }),
};

function Settings() {
  const [settings, setSettings] = useState<LinkSettings | null>(null);
  const [wikidata, setWikidata] = useState('');
  const [wikipedia, setWikipedia] = useState('');
  const [problems, setProblems] = useState<{ wikidata?: string; wikipedia?: string }>({});
  const [line, setLine] = useState<Line>(null);
  const [asking, setAsking] = useState(false);

  useEffect(() => {
    void loadSettings().then(
      (s) => {
        setSettings(s);
        setWikidata(s.wikidata);
        setWikipedia(s.wikipedia);
      },
      (e: unknown) => setLine({ text: `Gloss could not read its settings: ${String(e)}`, tone: 'problem' }),
    );
  }, []);

  /** Both addresses checked; null (and each problem said under its field) when one is wrong. */
  const checked = (): Pick<LinkSettings, 'wikidata' | 'wikipedia'> | null => {
    const data = checkBaseUrl(wikidata);
    const pedia = checkBaseUrl(wikipedia);
    setProblems({ ...(data.ok ? {} : { wikidata: data.message }), ...(pedia.ok ? {} : { wikipedia: pedia.message }) });
    return data.ok && pedia.ok ? { wikidata: data.url, wikipedia: pedia.url } : null;
  };

  /** Saves `next`, asking for the permission first when it has look-ups on (called straight from the click). */
  const apply = (next: LinkSettings, done: string) => {
    const applied = applySettings(next, store, done);
    setAsking(true);
    void applied
      .then(
        (r) => {
          setSettings(r.settings);
          setLine(r.line);
        },
        (e: unknown) => setLine({ text: `Gloss could not save its settings: ${String(e)}`, tone: 'problem' }),
      )
      .finally(() => setAsking(false));
  };

  if (!settings) return <p class="muted">{line?.text ?? 'Loading…'}</p>;

  const toggle = (on: boolean) => {
    const bases = checked();
    if (!bases) {
      setLine({ text: 'Correct the addresses below first; look-ups stay off.', tone: 'problem' });
      return;
    }
    apply({ ...bases, enabled: on }, on ? 'Look-ups are on.' : 'Look-ups are off. Nothing is sent.');
    if (!on) void browser.permissions.remove({ origins: linkOrigins(bases) }).catch(() => undefined);
  };

  const saveAddresses = (e: Event) => {
    e.preventDefault();
    const bases = checked();
    if (bases) apply({ ...bases, enabled: settings.enabled }, 'Addresses saved.');
    else setLine(null);
  };

  const restore = () => {
    setWikidata(DEFAULT_LINK_SETTINGS.wikidata);
    setWikipedia(DEFAULT_LINK_SETTINGS.wikipedia);
    setProblems({});
    apply({ ...DEFAULT_LINK_SETTINGS, enabled: settings.enabled }, 'Addresses restored.');
  };

  return (
    <>
      <h1>Gloss settings</h1>
      <h2>What names are</h2>
      <label class="switch">
        <input
          type="checkbox"
          checked={settings.enabled}
          disabled={asking}
          onChange={(e) => toggle((e.currentTarget as HTMLInputElement).checked)}
        />
        Look up names on Wikidata and Wikipedia
      </label>
      {line && (
        <p class={line.tone === 'problem' ? 'problem status' : 'status'} role="status">
          {line.text}
        </p>
      )}
      <p class="hint">Off until you turn it on. When it is on, hovering a name in an article shows what it is, from Wikipedia.</p>
      <h2>Exactly what is sent</h2>
      <ul>
        <li>Only the name you hover (for example “Gemini”), then the ids and the Wikipedia title it led to.</li>
        <li>Never the page’s address, its title, or any other word of the article: the right meaning is chosen on this computer.</li>
        <li>No cookies and no referrer. Nothing at all from private windows.</li>
        <li>Answers are kept on this computer (about a month for a name, a week for a summary) so cards also work offline.</li>
      </ul>
      <form onSubmit={saveAddresses}>
        <h2>Where</h2>
        <AddressField
          id="wikidata"
          label="Wikidata address"
          hint="/w/api.php is added to it."
          value={wikidata}
          problem={problems.wikidata}
          onInput={setWikidata}
        />
        <AddressField
          id="wikipedia"
          label="Wikipedia address"
          hint="/api/rest_v1/page/summary/ and the title are added to it."
          value={wikipedia}
          problem={problems.wikipedia}
          onInput={setWikipedia}
        />
        <button type="submit" class="primary" disabled={asking}>
          Save addresses
        </button>
        <button type="button" onClick={restore} disabled={asking}>
          Restore Wikimedia’s addresses
        </button>
      </form>
      <p class="muted">Only https addresses, or plain http to this computer (127.0.0.1, localhost) for testing.</p>
    </>
  );
}

render(<Settings />, document.getElementById('app')!);

/** One endpoint's address, with what Gloss appends to it and, when it was refused, why. */
function AddressField(props: {
  id: string;
  label: string;
  hint: string;
  value: string;
  problem: string | undefined;
  onInput: (value: string) => void;
}) {
  const { id, label, hint, value, problem, onInput } = props;
  return (
    <>
      <label class="field" for={id}>
        {label}
      </label>
      <input
        id={id}
        type="url"
        value={value}
        aria-invalid={problem ? 'true' : 'false'}
        aria-describedby={`${id}-hint`}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
      />
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {problem && <p class="problem">{problem}</p>}
    </>
  );
}
