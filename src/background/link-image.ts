// A card's image, fetched by the worker and handed to the page as a data: URL. Were the page given Wikimedia's
// address, its own image request would carry the article's URL as Referer (and the page could watch the load):
// from here it goes without cookies, without a referrer, only to Wikimedia's media host, only as an image, and
// only up to a size a card thumbnail needs.

import { IMAGE_HOST, TIMEOUT_MS } from '../core/link/client';

/** A 320-pixel thumbnail is 10–60 KB; anything far larger is not a thumbnail. */
export const MAX_IMAGE_BYTES = 300_000;
/** Raster types only: an SVG is a document, and a card has no use for one. */
const IMAGE_TYPES = /^image\/(png|jpeg|gif|webp|avif)$/;

export interface ImageOptions {
  fetch?: typeof fetch;
  userAgent: string;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** The image at `source` as `data:image/…;base64,…`, or null when it is not one Gloss will show. */
export async function fetchImage(source: string, options: ImageOptions): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.hostname !== IMAGE_HOST || url.port || url.username || url.password) return null;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? TIMEOUT_MS);
  const cancel = () => controller.abort();
  options.signal?.addEventListener('abort', cancel, { once: true });
  try {
    const get = options.fetch ?? ((input, init) => fetch(input, init));
    const res = await get(url.href, {
      headers: { 'Api-User-Agent': options.userAgent, accept: 'image/*' },
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      // A redirect could lead anywhere; Wikimedia serves thumbnails directly.
      redirect: 'error',
      signal: controller.signal,
    });
    const type = (res.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!res.ok || !IMAGE_TYPES.test(type)) {
      void res.body?.cancel();
      return null;
    }
    const bytes = await readBounded(res, MAX_IMAGE_BYTES);
    return bytes ? `data:${type};base64,${base64(bytes)}` : null;
  } catch {
    return null; // no image is no failure: the card shows its text
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
  }
}

/** The body, or null as soon as it passes `max` bytes (a declared length is not trusted; the count is). */
async function readBounded(res: Response, max: number): Promise<Uint8Array | null> {
  if (Number(res.headers.get('content-length') ?? 0) > max || !res.body) {
    void res.body?.cancel();
    return null;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      void reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode with hundreds of thousands of arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
