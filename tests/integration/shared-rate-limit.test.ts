import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import net from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRateLimiter, type RateLimiter } from '@/lib/rate-limit/limiter';
import { postgresStore, redisStore, type LimitStore } from '@/lib/rate-limit/store';
import { createRedisClient, type RedisClient } from '@/lib/redis/client';
import { createFreshDatabase, postgresServerUrl, postgresSkipNote, redisServerUrl, redisSkipNote } from './backends';

if (postgresSkipNote) console.warn(postgresSkipNote);
if (redisSkipNote) console.warn(redisSkipNote);

/** Two instances of the site: each its own store connection and limiter, as two processes have. */
const twoInstances = (stores: LimitStore[]) => stores.map((store) => createRateLimiter({ name: 'tips', limit: 10, windowMs: 60_000, store }));

/** 14 attempts by one client, spread over both instances, all at once; how many were allowed. */
async function fourteenAttempts(instances: RateLimiter[], clientKey: string): Promise<{ allowed: number; refused: number }> {
  const answers = await Promise.all(Array.from({ length: 14 }, (_, i) => instances[i % instances.length]!.tryAcquire(clientKey)));
  return { allowed: answers.filter(Boolean).length, refused: answers.filter((allowed) => !allowed).length };
}

/** Sets each instance up (for PostgreSQL: its table) before the attempts that count. */
async function warmUp(instances: RateLimiter[]): Promise<void> {
  for (const instance of instances) expect(await instance.tryAcquire(`warm-up-${randomUUID()}`)).toBe(true);
}

afterEach(() => vi.restoreAllMocks());

describe.skipIf(!postgresServerUrl)('rate limits shared through PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createFreshDatabase>>;
  beforeAll(async () => {
    database = await createFreshDatabase(postgresServerUrl!, { force: true });
  });
  afterAll(() => database?.drop());

  it('two instances allow one client 10 tips between them, and refuse the other 4', async () => {
    const warn = vi.spyOn(console, 'warn');
    const instances = twoInstances([postgresStore(database.url), postgresStore(database.url)]);
    await warmUp(instances);
    expect(await fourteenAttempts(instances, '198.51.100.1')).toEqual({ allowed: 10, refused: 4 });
    expect(await fourteenAttempts(instances, '198.51.100.2')).toEqual({ allowed: 10, refused: 4 });
    // Every answer came from the store, none from an instance's insurance.
    expect(warn).not.toHaveBeenCalled();
  });
});

describe.skipIf(!redisServerUrl)('rate limits shared through Redis', () => {
  const clients: RedisClient[] = [];
  afterAll(() => Promise.all(clients.map((client) => client.destroy())));

  it('two instances allow one client 10 tips between them, and refuse the other 4', async () => {
    const warn = vi.spyOn(console, 'warn');
    // Fresh connections, as at a server's start: the first attempts wait for them rather than count in memory.
    clients.push(createRedisClient(redisServerUrl!), createRedisClient(redisServerUrl!));
    const instances = twoInstances(clients.map(redisStore));
    // Keys of their own: the test server outlives this run.
    expect(await fourteenAttempts(instances, `198.51.100.1-${randomUUID()}`)).toEqual({ allowed: 10, refused: 4 });
    expect(await fourteenAttempts(instances, `198.51.100.2-${randomUUID()}`)).toEqual({ allowed: 10, refused: 4 });
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('a Redis that dies under the site', () => {
  let redis: ChildProcess | undefined;
  let client: RedisClient | undefined;
  afterAll(async () => {
    client?.destroy();
    redis?.kill('SIGKILL');
  });

  const freePort = () =>
    new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as net.AddressInfo;
        server.close(() => resolve(port));
      });
    });

  async function startRedis(port: number): Promise<ChildProcess> {
    const child = spawn('redis-server', ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('Ready to accept connections') && resolve()));
    return child;
  }

  it('is answered for by the in-memory insurance: no request fails or waits, and the log says so once', async () => {
    const port = await freePort();
    redis = await startRedis(port);
    client = createRedisClient(`redis://127.0.0.1:${port}`);
    await once(client, 'ready');
    const warn = vi.spyOn(console, 'warn');
    const limiter = createRateLimiter({ name: 'tips', limit: 10, windowMs: 60_000, store: redisStore(client) });
    for (let i = 0; i < 3; i++) expect(await limiter.tryAcquire('a')).toBe(true);

    redis.kill('SIGKILL');
    await once(redis, 'exit');
    const started = performance.now();
    // Sequential, so some attempts meet the dropped connection and later ones the reconnecting client.
    const answers: boolean[] = [];
    for (let i = 0; i < 14; i++) answers.push(await limiter.tryAcquire('a'));
    const perAttemptMs = (performance.now() - started) / 14;
    // The insurance started counting when Redis went: its own limit of 10 per window.
    expect(answers).toEqual([...Array(10).fill(true), false, false, false, false]);
    expect(perAttemptMs).toBeLessThan(500);
    expect(warn.mock.calls).toEqual([["[限流] Redis did not answer: rate limits are counted in this process's memory until it does"]]);

    // Back again: the store counts once more, and the log says that too.
    redis = await startRedis(port);
    await once(client, 'ready');
    expect(await limiter.tryAcquire('b')).toBe(true);
    expect(warn.mock.calls.slice(1)).toEqual([['[限流] Redis answers again: rate limits are shared again']]);
  });
});
