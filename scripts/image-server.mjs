// A stand-in for Wikimedia's image host (upload.wikimedia.org) on this machine, for the link-card tests and the
// bench: an https server with a throwaway certificate answering every path with a 1×1 PNG, and the Chromium
// switches that send the host's name to it. Logs each request ({url, headers}).
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
export const IMAGE_HOST = 'upload.wikimedia.org';

export async function startImageServer() {
  const dir = await mkdtemp(join(tmpdir(), 'gloss-image-host-'));
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      `/CN=${IMAGE_HOST}`,
      '-addext',
      `subjectAltName=DNS:${IMAGE_HOST}`,
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  const requests = [];
  const server = createServer({ key: await readFile(key), cert: await readFile(cert) }, (req, res) => {
    requests.push({ url: req.url ?? '', headers: { ...req.headers } });
    res.writeHead(200, { 'content-type': 'image/png', 'content-length': PNG.length });
    res.end(PNG);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    requests,
    /** Chromium switches: the image host's name resolves here, and this certificate is accepted. */
    chromiumArgs: [`--host-resolver-rules=MAP ${IMAGE_HOST} 127.0.0.1:${port}`, '--ignore-certificate-errors'],
    async close() {
      server.closeAllConnections?.();
      await new Promise((ok) => server.close(ok));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
