// The serving benchmark's like-for-like limit sends files compressed ahead of time, as nginx's
// gzip_static does: the encoding the request accepts, the server's preference among them.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, writePrecompressed, type RunningServer } from '@/scripts/bench/servers';

/** A GET with exactly these headers (fetch would add its own Accept-Encoding and decode the body). */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

describe('the plain file server of the serving benchmark', () => {
  const page = `<!doctype html><html lang="zh-CN"><body>${'<p>去中心化：阿里、京东、拼多多布局的新风口。</p>'.repeat(50)}</body></html>`;
  let dir: string;
  let server: RunningServer;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'static-server-encoding-'));
    writePrecompressed(path.join(dir, 'page.html'), page);
    fs.writeFileSync(path.join(dir, 'plain.html'), page);
    server = await startStaticServer(
      0,
      new Map([
        ['/page', path.join(dir, 'page.html')],
        ['/plain', path.join(dir, 'plain.html')],
      ]),
    );
  });

  afterAll(async () => {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('sends the brotli file to a browser, whose Accept-Encoding lists gzip first', async () => {
    const response = await get(`${server.url}/page`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers.vary).toBe('Accept-Encoding');
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    expect(response.body.length).toBeLessThan(Buffer.byteLength(page) / 4);
    expect(zlib.brotliDecompressSync(response.body).toString()).toBe(page);
  });

  it('sends the gzip file when brotli is not accepted', async () => {
    for (const acceptEncoding of ['gzip, deflate', 'br;q=0, gzip']) {
      const response = await get(`${server.url}/page`, { 'accept-encoding': acceptEncoding });
      expect(response.headers['content-encoding']).toBe('gzip');
      expect(zlib.gunzipSync(response.body).toString()).toBe(page);
    }
  });

  it('sends the page itself without Accept-Encoding, or when only other encodings are accepted', async () => {
    for (const headers of [{}, { 'accept-encoding': 'deflate, zstd' }] as Record<string, string>[]) {
      const response = await get(`${server.url}/page`, headers);
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.headers.vary).toBe('Accept-Encoding');
      expect(response.body.toString()).toBe(page);
    }
  });

  it('sends a page saved without compressed twins as it is, whatever is accepted', async () => {
    const response = await get(`${server.url}/plain`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers.vary).toBeUndefined();
    expect(response.body.toString()).toBe(page);
  });

  it('answers 404 for an address it has no file for', async () => {
    expect((await get(`${server.url}/other`)).status).toBe(404);
  });
});
