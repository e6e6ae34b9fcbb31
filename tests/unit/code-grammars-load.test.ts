// Shiki's grammars are loaded with the highlighter, on the first body that has code: a server that
// renders only bodies without code never holds them (lib/content/code/highlight.ts).
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordModuleLoads } from '../support/module-loads';

/** Renders a body without code, reports how many grammars were loaded, then one with code, and again. */
const RENDER = `
import { bodyToHast } from ${JSON.stringify(path.resolve('lib/content/markdown.ts'))};
await bodyToHast('# 去中心化\\n\\n阿里、京东、拼多多布局的新风口。\\n\\n> 引用\\n\\n- 列表', 'md');
console.log(JSON.stringify({ withoutCode: loaded() }));
await bodyToHast('正文\\n\\n\`\`\`js\\nconst a = 1;\\n\`\`\`', 'md');
console.log(JSON.stringify({ withCode: loaded() }));`;

describe('when the code grammars are loaded', () => {
  let counts: Record<string, number>;

  beforeAll(async () => {
    counts = await recordModuleLoads(RENDER, '/@shikijs/langs/');
  }, 60_000);

  it('loads none for a body without code', () => {
    expect(counts.withoutCode).toBe(0);
  });

  it('loads them all with the first body that has code', () => {
    // Every grammar languages.ts names (48), and the ones they embed.
    expect(counts.withCode).toBeGreaterThanOrEqual(48);
  });
});
