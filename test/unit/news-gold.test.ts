// Entities on modern English news, against hand-annotated gold (test/fixtures/news-gold/*.json:
// the article texts of the demo and test fixtures as `gloss annotate --json` gives them, plus a
// short set of briefs written afterwards as a check on over-fitting). Scored on exact span and type;
// nationality adjectives are not in the gold, so marking them counts against precision. `ignore`
// ranges (the hostile fixture's markup-shaped company names) are scored neither way.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../src/core/recognize/entities/recognize';
import type { EntityMention, EntityType } from '../../src/core/types';

interface Gold {
  text: string;
  entities: { text: string; type: EntityType; start: number; end: number }[];
  ignore?: { start: number; end: number }[];
}

const DIR = fileURLToPath(new URL('../fixtures/news-gold/', import.meta.url));
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const docs = new Map(files.map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Gold]));

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function score(gold: Gold): Counts {
  const ignored = (m: { start: number; end: number }): boolean => (gold.ignore ?? []).some((r) => m.start < r.end && r.start < m.end);
  const key = (m: { start: number; end: number; type: string }): string => `${m.start}:${m.end}:${m.type}`;
  const want = new Set(gold.entities.map(key));
  const got = new Set(
    recognizeEntities(gold.text)
      .filter((m) => !ignored(m))
      .map(key),
  );
  let tp = 0;
  for (const k of got) if (want.has(k)) tp++;
  return { tp, fp: got.size - tp, fn: want.size - tp };
}

function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const fmt = (x: { p: number; r: number; f1: number }): string => `P ${x.p.toFixed(3)} R ${x.r.toFixed(3)} F1 ${x.f1.toFixed(3)}`;

describe('news gold set', () => {
  it('has gold whose offsets match the text', () => {
    expect(docs.size).toBeGreaterThanOrEqual(4);
    for (const g of docs.values()) for (const e of g.entities) expect(g.text.slice(e.start, e.end)).toBe(e.text);
  });

  it('finds the names a careful reader marks (exact span and type)', () => {
    const all: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const [name, g] of docs) {
      const c = score(g);
      all.tp += c.tp;
      all.fp += c.fp;
      all.fn += c.fn;
      console.log(`news-gold ${name.padEnd(16)} ${fmt(prf(c))}`);
      // Measured 0.96-1.00 per article; below 0.9 is a regression a reader would see.
      expect(prf(c).f1, name).toBeGreaterThanOrEqual(0.9);
    }
    const total = prf(all);
    console.log(`news-gold all              ${fmt(total)}`);
    // Measured 0.993 (the three articles were used to develop the rules; the briefs 0.96).
    expect(total.f1).toBeGreaterThanOrEqual(0.95);
  });
});

describe('reader-visible cases', () => {
  const found = new Map([...docs].map(([k, g]) => [k, recognizeEntities(g.text)]));
  const text = (doc: string): string => docs.get(doc)!.text;
  const all = (doc: string, surface: string): (EntityMention | undefined)[] => {
    const out: (EntityMention | undefined)[] = [];
    const t = text(doc);
    for (let at = t.indexOf(surface); at >= 0; at = t.indexOf(surface, at + 1)) {
      // Whole words only, and not inside a longer gold name ("Inflection" of "Inflection AI").
      if (/[\p{L}\d]/u.test(t.charAt(at - 1)) || /[\p{L}\d]/u.test(t.charAt(at + surface.length))) continue;
      if (docs.get(doc)!.entities.some((e) => e.start <= at && e.end >= at + surface.length && e.end - e.start > surface.length)) continue;
      out.push(found.get(doc)!.find((m) => m.start === at && m.end === at + surface.length));
    }
    return out;
  };
  const typeOf = (doc: string, surface: string): (EntityType | undefined)[] => all(doc, surface).map((m) => m?.type);

  it.each([
    ['battery-makers', 'Northvolt'],
    ['battery-makers', 'Volkswagen'],
    ['battery-makers', 'Voltaria'],
    ['battery-makers', 'Alecta'],
    ['ai-chips', 'Nvidia'],
    ['ai-chips', 'Inflection AI'],
    ['ai-chips', 'Inflection'],
    ['hostile', 'Halden Robotics'],
    ['hostile', 'Halden'],
    ['hostile', 'Brightwater Securities'],
    ['hostile', 'Amazon'],
    ['hostile', 'Ocado'],
  ])('%s: every mention of %s is an organization', (doc, name) => {
    const types = typeOf(doc, name);
    expect(types.length).toBeGreaterThan(0);
    expect(
      types.every((t) => t === 'organization'),
      `${name}: ${types.join(', ')}`,
    ).toBe(true);
  });

  it('splits a coordination into two names', () => {
    const t = text('hostile');
    const at = t.indexOf('Amazon and Ocado');
    expect(found.get('hostile')!.some((m) => m.start <= at && m.end >= at + 'Amazon and Ocado'.length)).toBe(false);
  });

  it("separates a company from its product, leaving the possessive out: Nvidia's H100", () => {
    expect(typeOf('ai-chips', 'H100')).toEqual(['product']);
    const t = text('ai-chips');
    const m = found.get('ai-chips')!.find((x) => x.start === t.indexOf("Nvidia's H100"));
    expect(m?.text).toBe('Nvidia');
    expect(m?.type).toBe('organization');
  });

  it('leaves nationality adjectives unmarked', () => {
    for (const [doc, word] of [
      ['battery-makers', 'Swedish'],
      ['battery-makers', 'Chinese'],
      ['battery-makers', 'Italian'],
      ['ai-chips', 'British'],
      ['ai-chips', 'South Korean'],
      ['hostile', 'European'],
    ] as const) {
      const t = text(doc);
      const at = t.indexOf(word);
      expect(at, word).toBeGreaterThanOrEqual(0);
      expect(found.get(doc)!.find((m) => m.start < at + word.length && at < m.end)?.text, word).toBeUndefined();
    }
  });

  it('keeps people as people, with their short mentions linked to the full name', () => {
    expect(typeOf('ai-chips', 'Kenji Watanabe')).toEqual(['person']);
    expect(typeOf('ai-chips', 'Priya Raman')).toEqual(['person']);
    expect(all('ai-chips', 'Raman').map((m) => m?.name)).toContain('Priya Raman');
    expect(typeOf('battery-makers', 'Giulia Ferrante')).toEqual(['person', 'person']);
    expect(all('hostile', 'Halden').every((m) => m?.name === 'Halden Robotics')).toBe(true);
  });

  it('marks product names with their model number', () => {
    expect(typeOf('battery-makers', 'Model 3')).toEqual(['product']);
    expect(typeOf('ai-chips', 'ChatGPT')).toEqual(['product']);
  });
});
