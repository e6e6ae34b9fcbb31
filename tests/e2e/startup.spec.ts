import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './support/fixtures';
import { loginEnv } from './support/login-env.mjs';
import { oidcIssuer, ports, repoRoot } from './support/paths';

/**
 * `next start` of the site's build refuses to run, saying why, when its configuration is broken
 * (instead of serving with a guessable session key or answering every request with 500) or when
 * another server already uses its PGlite folder; and a server reached directly, behind no proxy,
 * rate limits a client by its socket address whatever X-Forwarded-For it sends.
 */

const nextBin = createRequire(path.join(repoRoot, 'package.json')).resolve('next/dist/bin/next');

type Server = { port: number; url: string; ready: Promise<void>; exited: Promise<{ code: number | null; output: string }>; stop(): void };

function launch(changes: Record<string, string | undefined>, port: number): Server {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_DIST_DIR: '.next-test', DATA_DIR: path.join(os.tmpdir(), `yuedu-startup-${port}-${randomUUID()}`) };
  for (const name of Object.keys(env)) if (/^(AUTH_|NEXTAUTH_|DATABASE_URL$|REDIS_URL$|TRUSTED_PROXIES$)/.test(name)) delete env[name];
  for (const [name, value] of Object.entries({ ...loginEnv(oidcIssuer, port), ...changes })) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let markReady: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.includes('Ready in')) markReady();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  // A server that keeps running has not refused; stop it and report that.
  const timer = setTimeout(() => child.kill('SIGTERM'), 60_000);
  const exited = new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    }),
  );
  return { port, url: `http://127.0.0.1:${port}`, ready, exited, stop: () => child.kill('SIGTERM') };
}

const start = (changes: Record<string, string | undefined>, port: number) => launch(changes, port).exited;

test('a production server with login on and no NEXTAUTH_SECRET stops at start, naming it', async () => {
  const { code, output } = await start({ NEXTAUTH_SECRET: undefined }, ports.startup + 1);
  expect(code).toBe(1);
  expect(output).toContain('NEXTAUTH_SECRET: required in production when login is on (oidc)');
});

test('half a provider stops the server, naming the missing variable', async () => {
  const { code, output } = await start({ AUTH_OIDC_SECRET: undefined }, ports.startup + 2);
  expect(code).toBe(1);
  expect(output).toContain('AUTH_OIDC_SECRET: required with AUTH_OIDC_ID, AUTH_OIDC_ISSUER');
});

test('a second server on the same DATA_DIR stops at start, naming the folder, the first server and DATABASE_URL', async () => {
  test.setTimeout(120_000);
  const dataDir = path.join(os.tmpdir(), `yuedu-startup-shared-${randomUUID()}`);
  const first = launch({ DATA_DIR: dataDir }, ports.startup + 3);
  try {
    await first.ready;
    const { code, output } = await start({ DATA_DIR: dataDir }, ports.startup + 4);
    expect(code).toBe(1);
    expect(output).toMatch(
      /\[启动\] DATA_DIR \S+ is already used by process \d+; PGlite allows one process per data folder: give each instance its own DATA_DIR, or set DATABASE_URL to share one PostgreSQL server\./,
    );
    expect(output).toContain(`DATA_DIR ${dataDir} `);
    // The first one is unharmed.
    expect((await fetch(`${first.url}/`)).status).toBe(200);
  } finally {
    first.stop();
  }
});

/** POST /api/tips from the local address `from`, claiming to forward for `forwardedFor`. */
function postTip(server: Server, from: string, forwardedFor: string): Promise<number> {
  const body = JSON.stringify({ article: '中文排版的细节', amount: '2', method: 'alipay', idempotencyKey: randomUUID() });
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${server.url}/api/tips`,
      { method: 'POST', localAddress: from, headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': forwardedFor } },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode!));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

test('a client sending its own X-Forwarded-For stays in its own bucket; a trusted proxy’s X-Forwarded-For is believed', async () => {
  test.setTimeout(120_000);
  // Reached from 127.0.0.1, a client; 127.0.0.2 is the one proxy trusted.
  const server = launch({ TRUSTED_PROXIES: '127.0.0.2' }, ports.startup + 5);
  try {
    await server.ready;
    // Requests taken while the server was still starting precede its peer stamp (they share one
    // count, see lib/client-address); the first answer comes once it has started.
    expect((await fetch(`${server.url}/`)).status).toBe(200);
    const forged: number[] = [];
    for (let i = 0; i < 14; i++) forged.push(await postTip(server, '127.0.0.1', `198.51.100.${i}`));
    expect(forged).toEqual([...Array(10).fill(201), 429, 429, 429, 429]);
    // Through the proxy, 14 readers each tipping once: none is held back by another's tips.
    const proxied: number[] = [];
    for (let i = 0; i < 14; i++) proxied.push(await postTip(server, '127.0.0.2', `203.0.113.${i}`));
    expect(proxied).toEqual(Array(14).fill(201));
  } finally {
    server.stop();
  }
});
