import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './support/fixtures';
import { loginEnv } from './support/login-env.mjs';
import { oidcIssuer, repoRoot } from './support/paths';

/**
 * `next start` of the site's build with a broken login configuration refuses to run, naming the
 * variable, instead of serving with a guessable session key or answering every request with 500.
 */

const nextBin = createRequire(path.join(repoRoot, 'package.json')).resolve('next/dist/bin/next');

function start(changes: Record<string, string | undefined>, port: number): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_DIST_DIR: '.next-test', DATA_DIR: path.join(os.tmpdir(), `yuedu-startup-${port}`) };
  for (const name of Object.keys(env)) if (/^(AUTH_|NEXTAUTH_|DATABASE_URL$)/.test(name)) delete env[name];
  for (const [name, value] of Object.entries({ ...loginEnv(oidcIssuer, port), ...changes })) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // A server that keeps running has not refused; stop it and report that.
    const timer = setTimeout(() => child.kill('SIGTERM'), 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

test('a production server with login on and no NEXTAUTH_SECRET stops at start, naming it', async () => {
  const { code, output } = await start({ NEXTAUTH_SECRET: undefined }, 3151);
  expect(code).toBe(1);
  expect(output).toContain('NEXTAUTH_SECRET: required in production when login is on (oidc)');
});

test('half a provider stops the server, naming the missing variable', async () => {
  const { code, output } = await start({ AUTH_OIDC_SECRET: undefined }, 3152);
  expect(code).toBe(1);
  expect(output).toContain('AUTH_OIDC_SECRET: required with AUTH_OIDC_ID, AUTH_OIDC_ISSUER');
});
