import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPreview } from '@/lib/preview/link';
import { repoRoot, runScript } from './helpers';

const script = path.join(repoRoot, 'scripts', 'preview-link.ts');
const secret = 'command-test-secret';
const env = (changes: Record<string, string | undefined>): NodeJS.ProcessEnv => ({
  ...process.env,
  CONTENT_DIR: path.join(repoRoot, 'tests', 'fixtures', 'drafts'),
  ARTICLES_DIR: undefined,
  SITE_URL: 'https://yuedu.example',
  PREVIEW_SECRET: secret,
  ...changes,
});

describe('npm run preview-link', { timeout: 60_000 }, () => {
  it('prints a link under SITE_URL that the site accepts, for 7 days or as many as asked', async () => {
    const { code, lines } = await runScript(script, ['draft-a1'], env({}));
    expect(code).toBe(0);
    const link = new URL(lines[0]!);
    expect(link.origin + link.pathname).toBe('https://yuedu.example/api/preview');
    const query = link.searchParams;
    expect(checkPreview(query.get('slug'), query.get('expires'), query.get('sig'), secret)).toBe('ok');
    expect(Number(query.get('expires')) - Date.now()).toBeGreaterThan(6.99 * 86_400_000);

    const short = new URL((await runScript(script, ['scheduled-d4', '--days', '1'], env({}))).lines[0]!).searchParams;
    expect(Number(short.get('expires')) - Date.now()).toBeLessThan(1.01 * 86_400_000);
    expect(checkPreview(short.get('slug'), short.get('expires'), short.get('sig'), 'another-secret')).toBe('invalid');
  });

  it('says what is wrong: an unknown slug, no secret, no slug', async () => {
    const unknown = await runScript(script, ['no-such-article'], env({}));
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No article has the slug "no-such-article"');
    const noSecret = await runScript(script, ['draft-a1'], env({ PREVIEW_SECRET: undefined }));
    expect(noSecret.code).toBe(1);
    expect(noSecret.stderr).toContain('PREVIEW_SECRET is not set');
    const usage = await runScript(script, [], env({}));
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('usage: npm run preview-link -- <slug>');
  });
});
