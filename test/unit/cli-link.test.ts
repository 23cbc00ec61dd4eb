// `gloss annotate --json --link` against the loopback knowledge server: every entity gets `link`, chosen by the
// worker's scoring; without --link the output has no such key; a server that fails leaves links null and says so.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startKnowledgeServer, type KnowledgeServer } from '../../scripts/knowledge-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
// Its own bundle of the CLI (cli.test.ts rebuilds dist/ at the same time), inside the repository so that
// node_modules resolves.
const bin = join(root, '.cache/cli-link-test/gloss.mjs');
const TEXT =
  'Google released a new version of Gemini on Tuesday. The company said Gemini would be built into its search engine.\n\n' +
  'The release follows Anthropic, whose Claude models are used by many software developers. Northwind Analytics, a consultancy in Ohio, said nothing.';

let server: KnowledgeServer;
let dir: string;
let input: string;
beforeAll(async () => {
  await build({
    entryPoints: [join(root, 'src/cli/gloss.ts')],
    outfile: bin,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  server = await startKnowledgeServer();
  dir = mkdtempSync(join(tmpdir(), 'gloss-cli-link-'));
  input = join(dir, 'story.txt');
  writeFileSync(input, TEXT);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => server.reset());

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

interface Entity {
  name: string;
  type: string;
  link?: { qid: string; title: string; description: string } | null;
}
const entitiesOf = (stdout: string): Entity[] => JSON.parse(stdout).entities;
const linkOf = (entities: Entity[], name: string) => entities.find((e) => e.name === name)?.link;

describe('gloss annotate --link', () => {
  it('adds a link or null to every entity, by the article’s context', async () => {
    const { code, stdout, stderr } = await run('annotate', input, '--json', '--link', '--wikidata', server.url, '--wikipedia', server.url);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const entities = entitiesOf(stdout);
    expect(entities.length).toBeGreaterThan(4);
    for (const e of entities) expect(e).toHaveProperty('link');
    expect(linkOf(entities, 'Google')).toEqual({ qid: 'Q95', title: 'Google', description: 'American multinational technology company' });
    expect(linkOf(entities, 'Gemini')?.qid).toBe('Q124232960');
    expect(linkOf(entities, 'Claude')?.qid).toBe('Q116831570');
    expect(linkOf(entities, 'Northwind Analytics')).toBeNull();
    for (const e of entities) if (e.link) expect(Object.keys(e.link).sort()).toEqual(['description', 'qid', 'title']);
  });

  it('sends only the article’s distinct names, one look-up each, one request at a time', async () => {
    const { stdout } = await run('annotate', input, '--json', '--link', `--wikidata=${server.url}`);
    const names = new Set(entitiesOf(stdout).map((e) => e.name));
    const searched = server.requests
      .map((r) => new URL(r.url, 'http://x').searchParams)
      .filter((p) => p.get('action') === 'wbsearchentities')
      .map((p) => p.get('search'));
    expect(new Set(searched)).toEqual(names);
    expect(searched).toHaveLength(names.size);
    expect(server.maxInFlight).toBe(1);
    const sent = server.requests.map((r) => decodeURIComponent(r.url)).join(' ');
    expect(sent).not.toMatch(/consultancy|search engine|hours/);
  });

  it('changes nothing without --link', async () => {
    const { stdout } = await run('annotate', input, '--json');
    for (const e of entitiesOf(stdout)) expect(e).not.toHaveProperty('link');
    expect(server.requests).toHaveLength(0);
  });

  it('a failing server: links are null, one line says why, the output is still whole', async () => {
    server.fault = { kind: 'status', status: 503 };
    const { code, stdout, stderr } = await run('annotate', input, '--json', '--link', '--wikidata', server.url, '--wikipedia', server.url);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^gloss: .*story\.txt: \d+ name\(s\) not looked up \(.*503.*\)\n$/);
    for (const e of entitiesOf(stdout)) expect(e.link).toBeNull();
  });

  it('usage errors: --link without --json, a base URL without --link or that is not http(s)', async () => {
    expect((await run('annotate', input, '--link')).code).toBe(2);
    expect((await run('annotate', input, '--json', '--wikidata', server.url)).code).toBe(2);
    const bad = await run('annotate', input, '--json', '--link', '--wikidata', 'file:///etc/passwd');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--wikidata needs an http\(s\) URL/);
  });
});
