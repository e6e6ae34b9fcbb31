// Shiki's grammars are loaded with the highlighter, on the first body that has code: a server that
// renders only bodies without code never holds them (lib/content/code/highlight.ts). Checked in a
// fresh process, whose module loader records every grammar module it resolves.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** Module hooks that append each resolved Shiki grammar module's address to GRAMMAR_LOG. */
const RECORD_GRAMMARS = `
import fs from 'node:fs';
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (resolved.url.includes('/@shikijs/langs/')) fs.appendFileSync(process.env.GRAMMAR_LOG, resolved.url + '\\n');
  return resolved;
}`;

/** Renders a body without code, reports how many grammars were loaded, then one with code, and again. */
const RENDER = (markdown: string) => `
import fs from 'node:fs';
import { bodyToHast } from ${JSON.stringify(markdown)};
const loaded = () => (fs.existsSync(process.env.GRAMMAR_LOG) ? fs.readFileSync(process.env.GRAMMAR_LOG, 'utf8').split('\\n').filter(Boolean).length : 0);
await bodyToHast('# 去中心化\\n\\n阿里、京东、拼多多布局的新风口。\\n\\n> 引用\\n\\n- 列表', 'md');
console.log(JSON.stringify({ withoutCode: loaded() }));
await bodyToHast('正文\\n\\n\`\`\`js\\nconst a = 1;\\n\`\`\`', 'md');
console.log(JSON.stringify({ withCode: loaded() }));`;

describe('when the code grammars are loaded', () => {
  let dir: string;
  let lines: Record<string, number>;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yuedu-grammars-'));
    fs.writeFileSync(path.join(dir, 'hooks.mjs'), RECORD_GRAMMARS);
    fs.writeFileSync(path.join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(`file://${path.join(dir, 'hooks.mjs')}`)});`);
    fs.writeFileSync(path.join(dir, 'render.mts'), RENDER(path.resolve('lib/content/markdown.ts')));
    const { stdout } = await run(process.execPath, ['--import', path.join(dir, 'register.mjs'), '--import', 'tsx', path.join(dir, 'render.mts')], {
      env: { ...process.env, GRAMMAR_LOG: path.join(dir, 'grammars.log') },
    });
    lines = Object.assign({}, ...stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, number>));
  }, 60_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('loads none for a body without code', () => {
    expect(lines.withoutCode).toBe(0);
  });

  it('loads them all with the first body that has code', () => {
    // Every grammar languages.ts names (48), and the ones they embed.
    expect(lines.withCode).toBeGreaterThanOrEqual(48);
  });
});
