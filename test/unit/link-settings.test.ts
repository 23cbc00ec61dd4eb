// The look-up settings (core/link/settings.ts) and how the settings page saves them (options/apply.ts): which
// addresses are taken, what a bad stored value means, which permissions are asked for, and a refused or impossible
// permission leaving look-ups off with a line saying so (a headless browser cannot answer the real prompt).
import { describe, expect, it } from 'vitest';
import { checkBaseUrl, DEFAULT_LINK_SETTINGS, linkOrigins, readLinkSettings, type LinkSettings } from '../../src/core/link/settings';
import { applySettings, type SettingsStore } from '../../src/options/apply';

describe('settings', () => {
  it('take https bases, and http only to this machine', () => {
    expect(checkBaseUrl(' https://www.wikidata.org/ ')).toEqual({ ok: true, url: 'https://www.wikidata.org' });
    expect(checkBaseUrl('http://127.0.0.1:8787')).toEqual({ ok: true, url: 'http://127.0.0.1:8787' });
    expect(checkBaseUrl('http://localhost:9/wiki/')).toEqual({ ok: true, url: 'http://localhost:9/wiki' });
    for (const bad of ['http://www.wikidata.org', 'ftp://x.org', 'wikidata.org', 'https://u:p@x.org', 'https://x.org/?a=1', 'javascript:1'])
      expect(checkBaseUrl(bad), bad).toMatchObject({ ok: false, message: expect.any(String) });
  });

  it('read from storage fall back to off for anything not valid', () => {
    expect(readLinkSettings({ enabled: true, wikidata: 'http://evil.example', wikipedia: 'https://en.wikipedia.org' })).toEqual(
      DEFAULT_LINK_SETTINGS,
    );
    expect(readLinkSettings({ enabled: 'yes' }).enabled).toBe(false);
    expect(readLinkSettings({ enabled: true })).toEqual({ ...DEFAULT_LINK_SETTINGS, enabled: true });
  });

  it('ask for the two APIs’ hosts and the image host; a loopback server on any port', () => {
    expect(linkOrigins(DEFAULT_LINK_SETTINGS)).toEqual([
      'https://www.wikidata.org/*',
      'https://en.wikipedia.org/*',
      'https://upload.wikimedia.org/*',
    ]);
    expect(linkOrigins({ wikidata: 'http://127.0.0.1:8787', wikipedia: 'http://127.0.0.1:8787' })).toEqual([
      'http://127.0.0.1/*',
      'https://upload.wikimedia.org/*',
    ]);
  });
});

describe('the settings page saving', () => {
  const LOOPBACK: LinkSettings = { enabled: true, wikidata: 'http://127.0.0.1:8787', wikipedia: 'http://127.0.0.1:8787' };
  function store(answer: boolean | Error) {
    const asked: string[][] = [];
    const saved: LinkSettings[] = [];
    const s: SettingsStore = {
      request: (origins) => {
        asked.push(origins);
        if (answer instanceof Error) throw answer;
        return Promise.resolve(answer);
      },
      save: async (settings) => {
        saved.push(settings);
      },
    };
    return { s, asked, saved };
  }

  it('turns look-ups on when the permission is granted, asking inside the call (the click)', async () => {
    const { s, asked, saved } = store(true);
    const pending = applySettings(LOOPBACK, s, 'Look-ups are on.');
    expect(asked).toEqual([['http://127.0.0.1/*', 'https://upload.wikimedia.org/*']]); // before any await
    expect(await pending).toEqual({ settings: LOOPBACK, line: { text: 'Look-ups are on.', tone: 'info' } });
    expect(saved).toEqual([LOOPBACK]);
  });

  it('leaves them off, saying so, when the reader refuses', async () => {
    const { s, saved } = store(false);
    const r = await applySettings(LOOPBACK, s, 'Look-ups are on.');
    expect(r.settings.enabled).toBe(false);
    expect(r.line).toEqual({ text: 'Not allowed: look-ups stay off. Nothing was sent.', tone: 'problem' });
    expect(saved).toEqual([{ ...LOOPBACK, enabled: false }]);
  });

  it('leaves them off when the browser cannot ask for that host', async () => {
    const { s, saved } = store(new Error('Only permissions specified in the manifest may be requested.'));
    const r = await applySettings({ ...LOOPBACK, wikidata: 'https://wikidata.example.org' }, s, 'on');
    expect(r.settings.enabled).toBe(false);
    expect(r.line).toMatchObject({ tone: 'problem', text: expect.stringContaining('Only permissions specified in the manifest') });
    expect(saved.map((x) => x.enabled)).toEqual([false]);
  });

  it('asks nothing to turn them off', async () => {
    const { s, asked, saved } = store(false);
    const r = await applySettings({ ...LOOPBACK, enabled: false }, s, 'Look-ups are off.');
    expect(asked).toEqual([]);
    expect(r.line).toEqual({ text: 'Look-ups are off.', tone: 'info' });
    expect(saved).toEqual([{ ...LOOPBACK, enabled: false }]);
  });
});
