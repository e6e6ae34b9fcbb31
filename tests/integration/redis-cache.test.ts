/**
 * The shared cache handler (lib/cache/redis-handler.mjs) against a real redis-server that this test
 * starts late and stops early: with Redis unreachable at start the cache answers from the process's
 * own memory and says so once; once Redis is up it says so once, sends the invalidation it kept
 * and shares new entries; with Redis lost mid-run it answers again without it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createClient } from 'redis';
import { afterAll, describe, expect, it, vi } from 'vitest';

const redisServer = ['redis-server', 'valkey-server'].find((bin) => spawnSync(bin, ['--version']).status === 0);
if (process.env.CI && !redisServer) throw new Error('CI is set but neither redis-server nor valkey-server is installed: .ci/run installs redis-server.');

/** What Next passes a cache handler, and what it asks and stores (a data cache entry). */
type Handler = {
  get(key: string, ctx: object): Promise<{ value: unknown } | null>;
  set(key: string, data: unknown, ctx: object): Promise<void>;
  revalidateTag(tags: string | string[], durations?: object): Promise<void>;
};
const BUILD_ID = 'test-build';
const fetchCtx = (tag: string) => ({ kind: 'FETCH', tags: [tag], softTags: [], fetchCache: true, revalidate: 300 });
const entry = (body: string, tag: string) => ({ kind: 'FETCH', data: { headers: {}, body, status: 200, url: '' }, revalidate: 300, tags: [tag] });

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.skipIf(!redisServer)('the shared cache handler', () => {
  let server: ChildProcess | undefined;
  const stopServer = async () => {
    if (!server) return;
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGKILL');
    await exited;
    server = undefined;
  };
  afterAll(stopServer);

  it('answers without Redis, then shares through it once it is up, and again answers when it is lost', { timeout: 60_000 }, async () => {
    const port = await freePort();
    const url = `redis://127.0.0.1:${port}`;
    const distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yuedu-cache-'));
    fs.mkdirSync(path.join(distDir, 'server'));
    fs.writeFileSync(path.join(distDir, 'BUILD_ID'), BUILD_ID);
    vi.stubEnv('REDIS_URL', url);
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const said = (pattern: RegExp) => warnings.mock.calls.filter(([line]) => pattern.test(String(line))).length;

    // Next makes a handler per request; each one sees the same connection and memory.
    const { default: RedisCacheHandler } = (await import(/* @vite-ignore */ path.resolve('lib/cache/redis-handler.mjs'))) as { default: new (ctx: object) => Handler };
    const { nodeFs } = await import('next/dist/server/lib/node-fs-methods.js');
    const handler = () => new RedisCacheHandler({ fs: nodeFs, dev: false, flushToDisk: false, serverDistDir: path.join(distDir, 'server'), maxMemoryCacheSize: 10_000_000, revalidatedTags: [] });

    // Redis is not there: the process's own cache answers, and drops what it invalidates.
    await handler().set('down', entry('made without Redis', 'tag-down'), fetchCtx('tag-down'));
    expect((await handler().get('down', fetchCtx('tag-down')))?.value).toMatchObject({ data: { body: 'made without Redis' } });
    await handler().revalidateTag('tag-down');
    expect(await handler().get('down', fetchCtx('tag-down'))).toBeNull();
    await until(() => said(/\[缓存\] Redis at \S+ is unreachable \(/) > 0, 'the handler says Redis is unreachable');

    server = spawn(redisServer!, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    const redis = createClient({ url }).on('error', () => {});
    await until(() => redis.connect().then(() => true, () => false), 'the test connects to Redis');
    await until(() => said(/\[缓存\] Redis at \S+ is back:/) > 0, 'the handler says Redis is back');
    expect(warnings.mock.calls.map(([line]) => String(line).replace(/ \(.*/, ''))).toEqual([
      `[缓存] Redis at 127.0.0.1:${port} is unreachable`,
      `[缓存] Redis at 127.0.0.1:${port} is back: the cache is shared again`,
    ]);

    // The invalidation made while Redis was down was sent once it was back.
    await until(async () => (await redis.hGet(`yuedu:cache:${BUILD_ID}:tag-times`, 'tag-down')) !== null, 'the kept invalidation reaches Redis');
    expect(await redis.ttl(`yuedu:cache:${BUILD_ID}:tag-times`)).toBeGreaterThan(0);
    // New entries are shared, under this build's prefix, and an invalidation removes them there.
    await handler().set('shared', entry('in Redis', 'tag-shared'), fetchCtx('tag-shared'));
    expect(await redis.exists(`yuedu:cache:${BUILD_ID}:shared`)).toBe(1);
    expect((await handler().get('shared', fetchCtx('tag-shared')))?.value).toMatchObject({ data: { body: 'in Redis' } });
    await handler().revalidateTag('tag-shared');
    expect(await redis.exists(`yuedu:cache:${BUILD_ID}:shared`)).toBe(0);
    await redis.close();

    // Lost mid-run: answered from memory again, said once more.
    await handler().set('later', entry('set before the loss', 'tag-later'), fetchCtx('tag-later'));
    await stopServer();
    for (let i = 0; i < 5; i++) expect((await handler().get('later', fetchCtx('tag-later')))?.value).toMatchObject({ data: { body: 'set before the loss' } });
    await until(() => said(/\[缓存\] Redis at \S+ is unreachable \(/) >= 2, 'the handler says Redis is lost');
    for (let i = 0; i < 5; i++) {
      await handler().set('later', entry('set while Redis is lost', 'tag-later'), fetchCtx('tag-later'));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await handler().get('later', fetchCtx('tag-later')))?.value).toMatchObject({ data: { body: 'set while Redis is lost' } });
    expect(said(/\[缓存\] Redis at \S+ is unreachable \(/)).toBe(2);
    fs.rmSync(distDir, { recursive: true, force: true });
  });
});
