import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers';

const run = promisify(execFile);
const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');

/** `npm run build` runs this script first; its output is what a Vercel build log shows. */
async function buildWarnings(environment: Record<string, string>) {
  const { DATABASE_URL: _url, VERCEL: _vercel, ...inherited } = process.env;
  const { stdout, stderr } = await run(tsx, ['scripts/warn-tips-unavailable.ts'], { cwd: repoRoot, env: { ...inherited, ...environment } });
  return stdout + stderr;
}

describe('the build-time tips check', () => {
  it('warns when a Vercel build has no DATABASE_URL', async () => {
    expect(await buildWarnings({ VERCEL: '1', NODE_ENV: 'production' })).toMatch(/\[赞赏\].*DATABASE_URL/);
  });

  it('is silent with a database', async () => {
    expect(await buildWarnings({ VERCEL: '1', NODE_ENV: 'production', DATABASE_URL: 'postgres://u@db.example/yuedu' })).toBe('');
    expect(await buildWarnings({ NODE_ENV: 'production' })).toBe('');
  });
});
