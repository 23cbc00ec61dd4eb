// A tiny static file server for the demo (`npm start`) and the end-to-end tests. Content
// scripts only run on http(s) pages we control, and file:// needs a per-extension opt-in in
// Chromium, so the tests serve their fixtures over loopback instead.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** What the tests and the demo serve unless told otherwise: fixtures at /, the demo article under /demo/. */
export const defaultMounts = {
  '/': join(repoRoot, 'test/fixtures'),
  '/demo/': join(repoRoot, 'assets/demo'),
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

/**
 * Serves folders over http on 127.0.0.1 at a free port.
 * @param {string | Record<string, string>} [mounts] one folder served at /, or URL prefix (ending in /) -> folder.
 * @param {{ port?: number, quiet?: boolean }} [options]
 * @returns {Promise<{ url: string, port: number, close(): Promise<void> }>} url ends with '/'.
 */
export async function startServer(mounts = defaultMounts, options = {}) {
  const table = Object.entries(typeof mounts === 'string' ? { '/': mounts } : mounts)
    .map(([prefix, dir]) => [prefix.endsWith('/') ? prefix : `${prefix}/`, resolve(dir)])
    // Longest prefix first, so /demo/ wins over /.
    .sort((a, b) => b[0].length - a[0].length);

  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const file = await resolveFile(table, path);
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`not found: ${path}\n`);
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        // Tests edit nothing on disk, but a cached fixture from an earlier run would hide a change while developing.
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end(`bad request: ${String(e)}\n`);
    }
  });
  // Browsers keep idle connections open; without this, close() would wait for them.
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}/`;
  if (!options.quiet) process.stderr.write(`serving ${table.map(([p, d]) => `${p} <- ${d}`).join(', ')} at ${url}\n`);
  let closed;
  return {
    url,
    port,
    close() {
      closed ??= new Promise((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok(undefined));
      });
      return closed;
    },
  };
}

/** @param {[string, string][]} table @param {string} path */
async function resolveFile(table, path) {
  for (const [prefix, dir] of table) {
    if (!path.startsWith(prefix) && path !== prefix.slice(0, -1)) continue;
    const rest = path.slice(prefix.length);
    const candidate = normalize(join(dir, rest));
    // Never serve outside the mounted folder, whatever the request path says.
    if (candidate !== dir && !candidate.startsWith(dir + sep)) return null;
    const info = await stat(candidate).catch(() => null);
    if (info?.isFile()) return candidate;
    if (info?.isDirectory()) {
      const index = join(candidate, 'index.html');
      if ((await stat(index).catch(() => null))?.isFile()) return index;
    }
  }
  return null;
}
