import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heldBytes, MIN_PAGE_CHARACTERS, PageBytesCache, sendCachedPagesAsBytes } from '@/lib/cache/page-bytes';

/** A page of `characters` characters, Chinese and markup, different for each `seed`. */
const page = (seed: string, characters = MIN_PAGE_CHARACTERS + 100) => `<p>${seed}：阅读长文，`.repeat(characters).slice(0, characters);

describe('PageBytesCache', () => {
  it('gives the UTF-8 bytes of a page, the same bytes again for the same page', () => {
    const cache = new PageBytesCache();
    const text = page('甲');
    const bytes = cache.bytesOf(text);
    expect(bytes.equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(cache.bytesOf(text)).toBe(bytes);
    expect(cache.size).toBe(1);
    expect(cache.held).toBe(bytes.length + text.length * 2);
  });

  it('keeps within its budget by letting go of the page sent least recently', () => {
    const first = page('甲');
    const budget = heldBytes(first, Buffer.from(first)) * 2 + 10;
    const cache = new PageBytesCache(budget);
    const firstBytes = cache.bytesOf(first);
    const secondBytes = cache.bytesOf(page('乙'));
    // Sending the first again makes the second the least recently sent.
    expect(cache.bytesOf(first)).toBe(firstBytes);
    cache.bytesOf(page('丙'));
    expect(cache.size).toBe(2);
    expect(cache.held).toBeLessThanOrEqual(budget);
    expect(cache.bytesOf(first)).toBe(firstBytes);
    expect(cache.bytesOf(page('乙'))).not.toBe(secondBytes);
  });

  it('does not keep a page bigger than its whole budget', () => {
    const cache = new PageBytesCache(1000);
    const text = page('甲');
    expect(cache.bytesOf(text).equals(Buffer.from(text))).toBe(true);
    expect(cache.size).toBe(0);
    expect(cache.held).toBe(0);
  });
});

describe('sendCachedPagesAsBytes', () => {
  const cache = sendCachedPagesAsBytes(new PageBytesCache());
  const pages: Record<string, string> = { hit: page('命中'), stale: page('过期'), miss: page('首次'), dynamic: page('动态'), short: '<p>短页</p>', latin1: page('latin') };
  let base = '';
  let callbacks = 0;
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const name = url.pathname.slice(1);
    const text = pages[name]!;
    const state = url.searchParams.get('cache');
    if (state) response.setHeader('x-nextjs-cache', state);
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    if (name === 'latin1') {
      response.setHeader('Content-Length', Buffer.byteLength(text, 'latin1'));
      response.end(text, 'latin1');
      return;
    }
    response.setHeader('Content-Length', Buffer.byteLength(text));
    // As Next.js ends a cached page (end(text)), and with a callback, as other callers may.
    if (url.searchParams.has('callback')) response.end(text, 'utf8', () => callbacks++);
    else response.end(text);
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const bodyOf = async (path: string) => {
    const response = await fetch(base + path);
    return { bytes: Buffer.from(await response.arrayBuffer()), length: Number(response.headers.get('content-length')) };
  };

  it('is installed once per process', () => {
    expect(sendCachedPagesAsBytes(new PageBytesCache())).toBe(cache);
  });

  it('sends a page answered from the cache byte for byte, and keeps its bytes', async () => {
    for (const path of ['/hit?cache=HIT', '/hit?cache=HIT', '/stale?cache=STALE&callback']) {
      const { bytes, length } = await bodyOf(path);
      const text = path.startsWith('/hit') ? pages.hit! : pages.stale!;
      expect(bytes.equals(Buffer.from(text, 'utf8'))).toBe(true);
      expect(length).toBe(bytes.length);
    }
    expect(cache.size).toBe(2);
    expect(cache.held).toBe(heldBytes(pages.hit!, Buffer.from(pages.hit!)) + heldBytes(pages.stale!, Buffer.from(pages.stale!)));
    expect(callbacks).toBe(1);
  });

  it('keeps nothing of a page rendered for one request, a short page or another encoding', async () => {
    const before = { size: cache.size, held: cache.held };
    for (const [path, text, encoding] of [
      ['/miss?cache=MISS', pages.miss, 'utf8'],
      ['/dynamic', pages.dynamic, 'utf8'],
      ['/short?cache=HIT', pages.short, 'utf8'],
      ['/latin1?cache=HIT', pages.latin1, 'latin1'],
    ] as const) {
      const { bytes } = await bodyOf(path);
      expect(bytes.equals(Buffer.from(text!, encoding))).toBe(true);
    }
    expect({ size: cache.size, held: cache.held }).toEqual(before);
  });
});
