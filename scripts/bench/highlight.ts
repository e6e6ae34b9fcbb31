/**
 * What code highlighting costs a build worker: loading lib/content/code/highlight.ts, making the
 * highlighter (every bundled grammar registered), each language's first block (Shiki compiles a
 * grammar's expressions on first use), then every fenced block of the Hexo test blogs, highlighted
 * as the page does. Not part of `npm run bench`; run it alone:
 *
 *   npx tsx scripts/bench/highlight.ts [folder of Hexo sites, default ../shared/hexo-sites]
 *
 * The sites are only read.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';

const sitesDir = process.argv[2] ?? '../shared/hexo-sites';
const ms = (from: number) => performance.now() - from;

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    if (statSync(file).isDirectory()) return markdownFiles(file);
    return name.endsWith('.md') ? [file] : [];
  });
}

/** Fenced blocks as the Markdown pipeline hands them over: `<pre><code class="language-x">text\n</code></pre>`. */
function fencedBlocks(source: string): { lang: string; text: string }[] {
  const blocks: { lang: string; text: string }[] = [];
  const fence = /^ {0,3}(`{3,}|~{3,})[ \t]*([^\s`]*)[^\n]*\n([\s\S]*?)^ {0,3}\1[ \t]*$/gm;
  for (const match of source.matchAll(fence)) blocks.push({ lang: match[2]!, text: match[3]! });
  return blocks;
}

const pre = (lang: string, text: string): Element => ({
  type: 'element',
  tagName: 'pre',
  properties: {},
  children: [{ type: 'element', tagName: 'code', properties: lang ? { className: [`language-${lang}`] } : {}, children: [{ type: 'text', value: text }] }],
});

const started = performance.now();
const { highlightCode, codeHighlighter } = await import('../../lib/content/code/highlight');
const { resolveLanguage } = await import('../../lib/content/code/languages');
const loaded = ms(started);
let at = performance.now();
const highlighter = await codeHighlighter();
const created = ms(at);
console.log(`module load (imports, grammars parsed): ${loaded.toFixed(0)} ms`);
console.log(`highlighter created, all grammars registered: ${created.toFixed(0)} ms`);

const blocks = markdownFiles(sitesDir).flatMap((file) => fencedBlocks(readFileSync(file, 'utf8')));
const run = (lang: string, text: string) => highlightCode({ type: 'root', children: [pre(lang, text)] } as Root, highlighter, { lineNumbers: true });

// First block of each language: what compiling its grammar costs, once per process.
const firstUse = new Map<string, number>();
const times: number[] = [];
let lines = 0;
let highlighted = 0;
at = performance.now();
for (const { lang, text } of blocks) {
  const id = resolveLanguage(lang);
  const t = performance.now();
  run(lang, text);
  const took = ms(t);
  if (id && !firstUse.has(id)) firstUse.set(id, took);
  else times.push(took);
  lines += text.split('\n').length;
  if (id) highlighted++;
}
const total = ms(at);
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(times.length * p))] ?? 0;
console.log(`\nfirst block per language (grammar compiled), ms:`);
console.log([...firstUse].sort((a, b) => b[1] - a[1]).map(([id, t]) => `${id} ${t.toFixed(0)}`).join(', '));
console.log(`sum of first uses: ${[...firstUse.values()].reduce((a, b) => a + b, 0).toFixed(0)} ms`);
console.log(`\n${blocks.length} fenced blocks (${highlighted} in a bundled language), ${lines} lines, in ${total.toFixed(0)} ms in all`);
console.log(`later blocks: median ${pct(0.5).toFixed(2)} ms, p95 ${pct(0.95).toFixed(2)} ms, max ${pct(1).toFixed(1)} ms`);

// Warm: the same blocks again, every grammar compiled.
at = performance.now();
for (const { lang, text } of blocks) run(lang, text);
const warm = ms(at);
console.log(`again, warm: ${warm.toFixed(0)} ms (${((warm / blocks.length) * 1000).toFixed(0)} µs a block, ${((warm / lines) * 1000).toFixed(0)} µs a line)`);
