import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import YAML from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContent, type ContentRead } from '@/lib/content/load';
import type { ContentProblem } from '@/lib/content/types';
import { repoRoot, runScript } from './helpers';

/**
 * A content folder of broken files beside good ones, as scrapers and hand edits produce them: every
 * broken file is named with what is wrong with it, in one line; every good article is read intact;
 * what Hexo itself would publish is published, with a warning naming the field it had to guess;
 * the check lists them all; strict mode fails with all of them at once.
 */

type Case = {
  file: string;
  bytes: string | Buffer;
  /** `warn`: Hexo publishes it, so it is read, with a warning naming what was guessed. */
  expect: 'error' | 'warn' | 'read';
  /** What the problem must say (field and message). */
  problem?: RegExp;
  /** Generated files: the fields given a wrong value, each of which must be named. */
  wrongFields?: string[];
};

const good = (title: string, body = `${title}的正文。`) => `---\ntitle: ${title}\ndate: 2021-05-24 08:00:00\nauthor: 测试作者\n---\n${body}\n`;

/** The valid articles that must come through untouched, whatever sits beside them. */
const valid: Case[] = [
  { file: 'good/one.md', bytes: good('第一篇'), expect: 'read' },
  { file: 'good/two.md', bytes: good('第二篇'), expect: 'read' },
  { file: 'good/three.mdx', bytes: good('第三篇'), expect: 'read' },
];

const handWritten: Case[] = [
  { file: 'yaml/tab-indent.md', bytes: '---\ntitle: 制表符\n\tdate: 2021-05-24\n---\n正文', expect: 'error', problem: /not valid YAML \(line 2\)/ },
  { file: 'yaml/unbalanced-quote.md', bytes: '---\ntitle: "没有收尾的引号\ndate: 2021-05-24\n---\n正文', expect: 'error', problem: /not valid YAML/ },
  { file: 'yaml/both-quotes.md', bytes: `---\ntitle: "他说'好"吧"\n---\n正文`, expect: 'error', problem: /not valid YAML/ },
  { file: 'yaml/duplicate-key.md', bytes: '---\ntitle: 一\ntitle: 二\ndate: 2021-05-24\n---\n正文', expect: 'error', problem: /not valid YAML.*unique/i },
  { file: 'yaml/not-a-mapping.md', bytes: '---\n- 一\n- 二\n---\n正文', expect: 'error', problem: /mapping/ },
  { file: 'yaml/alias-bomb.md', bytes: `---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\ntitle: 炸弹\n---\n正文`, expect: 'error', problem: /not valid YAML|could not be read/ },
  { file: 'title/missing.md', bytes: '---\ndate: 2021-05-24\n---\n正文', expect: 'warn', problem: /\[title\] is missing: the file name "missing" is used/ },
  { file: 'title/empty.md', bytes: '---\ntitle: ""\ndate: 2021-05-24\n---\n正文', expect: 'warn', problem: /\[title\] is missing/ },
  { file: 'title/blank.md', bytes: '---\ntitle: "   "\ndate: 2021-05-24\n---\n正文', expect: 'warn', problem: /\[title\] is missing/ },
  { file: 'title/list.md', bytes: '---\ntitle: [一, 二]\ndate: 2021-05-24\n---\n正文', expect: 'warn', problem: /\[title\] is missing/ },
  { file: 'date/impossible.md', bytes: '---\ntitle: 二月三十日\ndate: 2021-02-30\n---\n正文', expect: 'warn', problem: /\[date\] "2021-02-30" is not a real day; read as 2021-03-02/ },
  { file: 'date/month-13.md', bytes: '---\ntitle: 十三月\ndate: 2021-13-01 08:00\n---\n正文', expect: 'warn', problem: /\[date\] "2021-13-01 08:00" is not a date.*modification time is used/ },
  { file: 'date/ambiguous.md', bytes: '---\ntitle: 三月还是四月\ndate: 03/04/2021\n---\n正文', expect: 'warn', problem: /\[date\] "03\/04\/2021" is read month first/ },
  { file: 'date/words.md', bytes: '---\ntitle: 昨天\ndate: yesterday\n---\n正文', expect: 'warn', problem: /\[date\] "yesterday" is not a date/ },
  { file: 'date/list.md', bytes: '---\ntitle: 日期列表\ndate: [2021, 5, 24]\n---\n正文', expect: 'warn', problem: /\[date\] must be a date, got a list.*modification time/ },
  { file: 'categories/mapping.md', bytes: '---\ntitle: 分类是映射\ndate: 2021-05-24\ncategories: {a: 1}\n---\n正文', expect: 'warn', problem: /\[categories\] an item was left out/ },
  { file: 'categories/nested-mapping.md', bytes: '---\ntitle: 分类里有映射\ndate: 2021-05-24\ncategories: [[{a: 1}]]\n---\n正文', expect: 'warn', problem: /\[categories\] an item was left out/ },
  { file: 'categories/boolean.md', bytes: '---\ntitle: 分类是布尔\ndate: 2021-05-24\ncategories: true\n---\n正文', expect: 'warn', problem: /\[categories\]/ },
  { file: 'categories/empty-name.md', bytes: '---\ntitle: 空分类名\ndate: 2021-05-24\ncategories: [""]\n---\n正文', expect: 'warn', problem: /\[categories\]/ },
  { file: 'tags/mapping.md', bytes: '---\ntitle: 标签是映射\ndate: 2021-05-24\ntags: {a: b}\n---\n正文', expect: 'warn', problem: /\[tags\]/ },
  { file: 'flags/draft.md', bytes: '---\ntitle: 草稿开关\ndate: 2021-05-24\ndraft: maybe\n---\n正文', expect: 'error', problem: /\[draft\] must be true or false/ },
  { file: 'bytes/invalid-utf8.md', bytes: Buffer.concat([Buffer.from('---\ntitle: 编码\n---\n第一行\n'), Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0xff])]), expect: 'error', problem: /is not valid UTF-8 text \(line 5\)/ },
  { file: 'bytes/nul.md', bytes: `---\ntitle: 空字节\n---\n正文\u0000后面`, expect: 'error', problem: /is not a text file: it has a NUL byte \(line 4\)/ },
  { file: 'bytes/png.md', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), expect: 'error', problem: /is not a text file/ },
  { file: 'mdx/unclosed.mdx', bytes: '---\ntitle: 没闭合\ndate: 2021-05-24\n---\n段落\n\n<div>\n\n没有闭合', expect: 'error', problem: /\[body\] body could not be parsed.*<div>.*\(line 7, column 1\)/ },
  { file: 'mdx/undefined-variable.mdx', bytes: '---\ntitle: 未定义的变量\ndate: 2021-05-24\n---\n段落 {post.title}', expect: 'error', problem: /\[body\] body fails when its page is rendered: post is not defined/ },
  { file: 'mdx/unknown-component.mdx', bytes: '---\ntitle: 未知组件\ndate: 2021-05-24\n---\n<Chart data={[1, 2]} />', expect: 'error', problem: /\[body\] body fails when its page is rendered: .*Chart/ },
  { file: 'mdx/throws.mdx', bytes: '---\ntitle: 抛出异常\ndate: 2021-05-24\n---\n{(() => { throw new Error("坏了") })()}', expect: 'error', problem: /\[body\] body fails when its page is rendered: 坏了/ },
  { file: 'slug/clash-a.md', bytes: '---\ntitle: 撞名一\nslug: same-slug\ndate: 2021-05-24\n---\n甲', expect: 'read' },
  { file: 'slug/clash-b.md', bytes: '---\ntitle: 撞名二\nslug: same-slug\ndate: 2021-05-24\n---\n乙', expect: 'warn', problem: /\[slug\] "same-slug" is already the address of slug\/clash-a\.md, so this article is at \/articles\/slug-clash-b/ },
  // Not broken, only unusual: each must be read as the article it is.
  { file: 'read/bom.md', bytes: `\uFEFF${good('带字节序标记')}`, expect: 'read' },
  { file: 'read/crlf.md', bytes: good('Windows 换行').replace(/\n/g, '\r\n'), expect: 'read' },
  { file: 'read/leading-blank.md', bytes: `\n\n${good('前面有空行')}`, expect: 'read' },
  { file: 'read/huge.md', bytes: good('五兆字节', `<p>${'很长的正文。'.repeat(300_000)}</p>`), expect: 'read' },
];

/** A front-matter field given a value that is right, or one that is wrong in a known way. */
const field = <T>(right: fc.Arbitrary<T>, wrong: fc.Arbitrary<unknown>) =>
  fc.oneof({ arbitrary: right.map((value) => ({ value, ok: true })), weight: 3 }, { arbitrary: wrong.map((value) => ({ value, ok: false })), weight: 1 });

const hanText = fc.string({ unit: fc.constantFrom(...'中文标题产品经理去心化平台的一是了'), minLength: 1, maxLength: 12 });
const frontMatter = fc.record({
  title: field(hanText, fc.constantFrom('', '   ', [], ['一', '二'], {}, true)),
  date: field(
    fc.constantFrom('2021-05-24', '2021-05-24 08:00:00', 'Mon, 24 May 2021 00:00:00 GMT', '2021-05-24T08:00:00+08:00'),
    fc.constantFrom('2021-02-29', '2021-04-31', '2021-00-10', '24/05/2021', 'soon', '2021-05-24 24:00', [], {}, 20210524),
  ),
  categories: field(
    fc.oneof(hanText, fc.array(hanText, { minLength: 1, maxLength: 3 }), fc.array(fc.array(hanText, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 })),
    fc.constantFrom({ a: 1 }, [{}], [['']], true),
  ),
  tags: field(fc.array(hanText, { maxLength: 3 }), fc.constantFrom({ a: 'b' }, [''], [{}], false)),
  draft: field(fc.constant(false), fc.constantFrom('maybe', 1, [])),
});
/** The one field still refused: a draft flag that is neither on nor off, so no typo publishes a draft. */
const REFUSED = new Set(['draft']);
/** A body: any text, markup-like characters included. */
const body = fc.string({ unit: fc.constantFrom(...'正文<>&*_`#[]()!\n -|'), maxLength: 200 });

/** Generated files, and whether each should be read (every field right) or refused naming each wrong field. */
function generated(count: number): Case[] {
  const samples = fc.sample(fc.tuple(frontMatter, body), { numRuns: count, seed: 20261201 });
  return samples.map(([fields, text], i) => {
    const data = Object.fromEntries(Object.entries(fields).map(([key, f]) => [key, f.value]));
    const wrongFields = Object.entries(fields).filter(([, f]) => !f.ok).map(([key]) => key);
    return {
      file: `generated/${String(i).padStart(3, '0')}.md`,
      bytes: `---\n${YAML.stringify(data)}---\n${text}\n`,
      expect: wrongFields.some((f) => REFUSED.has(f)) ? 'error' : wrongFields.length ? 'warn' : 'read',
      wrongFields,
    };
  });
}

describe('a content folder with broken files in it', () => {
  const cases = [...valid, ...handWritten, ...generated(300)];
  let dir: string;
  let read: ContentRead;
  const problemsOf = (file: string): ContentProblem[] => read.problems.filter((p) => p.file === file);

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'yuedu-malformed-'));
    for (const c of cases) {
      await fs.mkdir(path.join(dir, path.dirname(c.file)), { recursive: true });
      await fs.writeFile(path.join(dir, c.file), c.bytes);
    }
    // A link from inside the folder back to the folder itself: walked naively, a loop.
    await fs.mkdir(path.join(dir, 'loop'));
    await fs.symlink(dir, path.join(dir, 'loop', 'back'));
    await fs.symlink(path.join(dir, 'missing.md'), path.join(dir, 'loop', 'dangling.md'));
    read = await readContent({ contentDir: dir, articlesDir: dir, timeZone: 'Asia/Shanghai' });
    return () => fs.rm(dir, { recursive: true, force: true });
  }, 120_000);

  const broken = cases.filter((c) => c.expect !== 'read');
  it(`tries at least 200 broken files (${broken.length + 2} here)`, () => {
    expect(broken.length + 2).toBeGreaterThanOrEqual(200);
    expect(cases.filter((c) => c.expect === 'error').length).toBeGreaterThanOrEqual(40);
  });

  it('reads every article that is right, whole, whatever sits beside it', () => {
    for (const c of cases.filter((c) => c.expect === 'read')) {
      const article = read.all.find((a) => a.file === c.file);
      expect(article, c.file).toBeDefined();
      expect(problemsOf(c.file).filter((p) => p.severity === 'error'), c.file).toEqual([]);
    }
    const huge = read.all.find((a) => a.file === 'read/huge.md')!;
    expect(huge.wordCount).toBe('很长的正文'.length * 300_000);
    expect(read.all.find((a) => a.file === 'read/crlf.md')?.title).toBe('Windows 换行');
    expect(read.all.find((a) => a.file === 'read/bom.md')?.title).toBe('带字节序标记');
  });

  it('leaves out every broken file and says, in one line naming it, what is wrong', () => {
    for (const c of cases.filter((c) => c.expect === 'error')) {
      const problems = problemsOf(c.file).filter((p) => p.severity === 'error');
      expect(read.all.map((a) => a.file), c.file).not.toContain(c.file);
      expect(problems.length, `${c.file} is reported`).toBeGreaterThan(0);
      for (const p of problems) expect(p.message, c.file).toMatch(/^[^\n]+$/);
      if (c.problem) expect(problems.map((p) => `${p.field ? `[${p.field}] ` : ''}${p.message}`).join(' | '), c.file).toMatch(c.problem);
    }
  });

  it('publishes every file Hexo would publish, saying in one line per field what it guessed', () => {
    for (const c of cases.filter((c) => c.expect === 'warn')) {
      expect(read.all.map((a) => a.file), c.file).toContain(c.file);
      const problems = problemsOf(c.file);
      expect(problems.filter((p) => p.severity === 'error'), c.file).toEqual([]);
      expect(problems.length, `${c.file} is reported`).toBeGreaterThan(0);
      for (const p of problems) expect(p.message, c.file).toMatch(/^[^\n]+$/);
      if (c.problem) expect(problems.map((p) => `${p.field ? `[${p.field}] ` : ''}${p.message}`).join(' | '), c.file).toMatch(c.problem);
    }
  });

  it('names every wrong field of a generated file', () => {
    for (const c of cases.filter((c) => c.wrongFields?.length)) {
      const fields = new Set(problemsOf(c.file).map((p) => p.field?.split('.')[0]));
      for (const name of c.wrongFields!) expect(fields, `${c.file}: ${name}`).toContain(name);
    }
  });

  it('skips a link that loops back or leads nowhere, saying so', () => {
    expect(problemsOf(path.join('loop', 'back')).map((p) => p.message)).toEqual([expect.stringMatching(/links back to the folder \. that holds it, a loop; skipped/)]);
    expect(problemsOf(path.join('loop', 'dangling.md')).map((p) => p.message)).toEqual(['is a link to a file that does not exist; skipped']);
  });

  it('content:check lists every broken file, and strict mode fails with all of them at once', { timeout: 120_000 }, async () => {
    const check = await runScript('scripts/content-check.ts', [dir], { ...process.env });
    expect(check.code).toBe(1);
    for (const { file, expect: kind } of broken) {
      const severity = kind === 'error' ? 'error' : 'warning';
      expect(check.lines.some((line) => line.startsWith(`${severity}: ${file}`)), file).toBe(true);
    }

    const dist = `.next-unit-${process.pid}-malformed`;
    const strict = await runScript('scripts/build-content.ts', [], { ...process.env, CONTENT_DIR: dir, ARTICLES_DIR: dir, NEXT_DIST_DIR: dist, CONTENT_STRICT: '1' });
    expect(strict.code).toBe(1);
    for (const { file, expect: kind } of broken) expect(strict.stderr, file).toContain(`${kind === 'error' ? 'error' : 'warning'}: ${file}`);
    await fs.rm(path.join(repoRoot, '.content', `${dist.slice(1)}.json`), { force: true });
    await fs.rm(path.join(repoRoot, dist), { recursive: true, force: true });
  });
});
