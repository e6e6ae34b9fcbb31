// The serving benchmark's second load generator: wrk's figures read from its summary script, the
// request headers passed on, failed answers counted, and the rows skipped when wrk is not installed.
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureWithWrk, runWrk } from '@/scripts/bench/wrk';

const BODY = '阅'.repeat(4000);
const seen = { encodings: new Set<string | undefined>(), answered: 0 };
const server = http.createServer((request, response) => {
  seen.encodings.add(request.headers['accept-encoding']);
  seen.answered++;
  if (request.url === '/missing') response.writeHead(404).end();
  else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(BODY);
});
let base = '';
// Skipped on a machine without wrk (`apt-get install -y wrk`), as the benchmark skips its rows;
// never in CI, which installs it.
const wrkMissing = spawnSync('wrk', ['-v']).error !== undefined && !process.env.CI;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe.skipIf(wrkMissing)('wrk', () => {
  it('measures a page: rate, latency, bytes per answer, with the headers it was given', async () => {
    const before = seen.answered;
    const figures = (await measureWithWrk(`${base}/`, { seconds: 1, connections: 4, headers: { 'accept-encoding': 'gzip, deflate, br' } }))!;
    const measuredAnswers = seen.answered - before;
    expect(figures.requestsPerSecond).toBeGreaterThan(0);
    // The warm-up is answered too, and not counted.
    expect(figures.requestsPerSecond).toBeLessThan(measuredAnswers);
    expect(figures.p50Ms).toBeGreaterThan(0);
    expect(figures.p99Ms).toBeGreaterThanOrEqual(figures.p50Ms);
    expect(figures.errors + figures.non2xx).toBe(0);
    const bodyBytes = Buffer.byteLength(BODY);
    expect(figures.bytesPerResponse).toBeGreaterThan(bodyBytes);
    expect(figures.bytesPerResponse).toBeLessThan(bodyBytes + 300);
    expect([...seen.encodings]).toEqual(['gzip, deflate, br']);
  });

  it('counts answers with an error status', async () => {
    const summary = (await runWrk(`${base}/missing`, 1, { seconds: 1, connections: 2 }))!;
    expect(summary.requests).toBeGreaterThan(0);
    expect(summary.badStatus).toBe(summary.requests);
  });
});

describe('without wrk', () => {
  it('says so when wrk is not installed, rather than failing the benchmark', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      expect(await measureWithWrk(`${base}/`, { seconds: 1, connections: 1 })).toBeUndefined();
    } finally {
      process.env.PATH = path;
    }
  });
});
