/**
 * `npm run comments:import`: the comments of each service's export stored under the articles their
 * pages were, run once per database engine (PGlite always, PostgreSQL when TEST_DATABASE_URL names a
 * server); then the command itself, on a real Hexo blog.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { like } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readCommentExport } from '@/lib/comments/import';
import { matchArticle } from '@/lib/comments/import/match';
import { storeImportedComments } from '@/lib/comments/import/store';
import { emailHash } from '@/lib/comments/input';
import { loadContent, type ContentIndex } from '@/lib/content/load';
import type { Database } from '@/lib/db';
import type { StoredComment } from '@/lib/db/comments';
import { comments } from '@/lib/db/schema';
import { readHexoSite } from '@/lib/hexo/config';
import { post, repoRoot, runScript, sitesDir, useTempDirs, writeFiles } from '../unit/helpers';
import { backends, postgresSkipNote, useMigratedConnection, type Backend } from './backends';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

if (postgresSkipNote) {
  console.warn(`\n*** ${postgresSkipNote} ***\n`);
  it.skip(postgresSkipNote, () => {});
}

const fixturesDir = path.join(repoRoot, 'tests', 'fixtures', 'comment-imports');
const readFixture = async (name: string) => readCommentExport(await fs.readFile(path.join(fixturesDir, name), 'utf8'));
const suyuDir = path.join(sitesDir, 'suyu0925__hexo-blog');

/** The articles the three services' fixtures were written about, by the last segment of their pages. */
let fixturePages: ContentIndex;
/** A real Hexo blog, whose old addresses `waline-hexo.json` holds. */
let hexoBlog: ContentIndex;
beforeAll(async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'yuedu-comment-import-'));
  await writeFiles(dir, Object.fromEntries(['读书笔记', '春天的书单', '旅行'].map((title) => [`articles/${title}.md`, post(`title: ${title}`)])));
  fixturePages = await loadContent({ contentDir: dir, articlesDir: path.join(dir, 'articles'), timeZone: 'Asia/Shanghai' });
  await fs.rm(dir, { recursive: true, force: true });
  hexoBlog = await loadContent({ contentDir: suyuDir, articlesDir: '', timeZone: 'Asia/Shanghai', hexo: await readHexoSite(suyuDir) });
});

/**
 * Each stored comment of one source as a line, keyed by its id in the export: article, status,
 * author, role, the comment it hangs under (its id in the export), whom it answers, date and text.
 */
async function storedOutline(db: Database, source: string) {
  const rows = await db.select().from(comments).where(like(comments.importKey, `${source}:%`));
  const exportId = (row: StoredComment) => row.importKey!.slice(source.length + 1);
  const byId = new Map(rows.map((row) => [row.id, exportId(row)]));
  return Object.fromEntries(
    rows.map((row) => [
      exportId(row),
      [row.articleSlug, row.status, row.authorName, row.role, row.parentId && byId.get(row.parentId), row.replyToName, row.createdAt.toISOString(), row.body],
    ]),
  );
}

// In order, on one database: the later tests read what the earlier ones stored.
describe.each(backends)('$name', (backend: Backend) => {
  let db: Database;
  const connection = useMigratedConnection(backend);
  beforeAll(() => {
    db = connection().db;
  });

  const importFixture = async (name: string, content: ContentIndex, options: { dryRun?: boolean } = {}) =>
    storeImportedComments(db, await readFixture(name), (pageUrl) => matchArticle(content, pageUrl), options);

  it('imports a Waline export: 5 of its 7 rows, threaded; the zero-dated row and the comment on /about/ named', async () => {
    expect(await importFixture('waline.json', fixturePages)).toEqual({
      imported: 5,
      alreadyThere: 0,
      skipped: [
        { id: '7', reason: 'unreadable', detail: 'insertedAt: not a date; createdAt: not a date' },
        { id: '5', reason: 'no-article', detail: '/about/' },
      ],
    });
    expect(await storedOutline(db, 'waline')).toEqual({
      '1': ['读书笔记', 'approved', '林间', null, null, null, '2023-05-01T08:30:00.000Z', '写得真好，收藏了。\n\n> 慢慢读，才读得进去。'],
      '2': ['读书笔记', 'approved', '阿青', null, '1', '林间', '2023-05-01T09:05:12.000Z', '同感，尤其是第二节。\n第三节也好。'],
      // Signed in to Waline as its administrator: the blog's owner.
      '3': ['读书笔记', 'approved', '博主', 'author', '1', '阿青', '2023-05-02T01:00:00.000Z', '谢谢，第三节下次**展开**写。'],
      '4': ['读书笔记', 'pending', '路过', null, null, null, '2023-05-03T12:00:00.000Z', '第一次来，支持一下'],
      '6': ['读书笔记', 'approved', 'Anonymous', null, null, null, '2021-11-11T11:11:11.000Z', '老文章还有人看吗'],
    });
  });

  it('imports a Twikoo export: 4 of its 6 rows, its HTML as text; the row without a page and the comment on /about/ named', async () => {
    expect(await importFixture('twikoo.json', fixturePages)).toEqual({
      imported: 4,
      alreadyThere: 0,
      skipped: [
        { id: 'f60718293a4b5c6d7e8f90a1b2c3d4e5', reason: 'unreadable', detail: 'url: missing' },
        { id: 'e5f60718293a4b5c6d7e8f90a1b2c3d4', reason: 'no-article', detail: '/about/' },
      ],
    });
    const [root, reply] = ['a1b2c3d4e5f60718293a4b5c6d7e8f90', 'b2c3d4e5f60718293a4b5c6d7e8f90a1'];
    expect(await storedOutline(db, 'twikoo')).toEqual({
      [root]: ['春天的书单', 'approved', '小满', null, null, null, '2023-04-01T00:00:00.000Z', '书单里的第三本我也读过。'],
      [reply]: ['春天的书单', 'approved', '阿树', null, root, '小满', '2023-04-01T01:00:00.000Z', '请问是哪个译本？'],
      c3d4e5f60718293a4b5c6d7e8f90a1b2: ['春天的书单', 'approved', '博主', 'author', root, '阿树', '2023-04-01T02:00:00.000Z', '商务印书馆那版。'],
      d4e5f60718293a4b5c6d7e8f90a1b2c3: ['春天的书单', 'spam', 'seo-bot', null, null, null, '2023-04-02T01:46:40.000Z', 'best casino [here](http://spam.example/)'],
    });
  });

  it('imports a Valine export: 5 of its 6 lines, less the @mentions in front of replies; the line cut off named', async () => {
    expect(await importFixture('valine.jsonl', fixturePages)).toEqual({
      imported: 5,
      alreadyThere: 0,
      skipped: [{ reason: 'unreadable', detail: 'line 6: not a JSON object' }],
    });
    const [root, reply] = ['5cf24a5d0237d7006a6d3b01', '5cf24b120237d7006a6d3b02'];
    expect(await storedOutline(db, 'valine')).toEqual({
      [root]: ['旅行', 'approved', '江南', null, null, null, '2019-06-01T10:00:00.000Z', '照片拍得真好！'],
      [reply]: ['旅行', 'approved', 'Anonymous', null, root, '江南', '2019-06-01T11:20:00.000Z', '是用手机拍的吗？'],
      '5cf24c7a0237d7006a6d3b03': ['旅行', 'approved', '江南', null, root, 'Anonymous', '2019-06-01T12:00:00.000Z', '是的，老手机。'],
      '5cf24d3343e78c0068a1b604': ['旅行', 'spam', '网赚', null, null, null, '2019-06-02T03:00:00.000Z', '日赚千元 http://spam.example'],
      '5b8e1f2a9f545400350a0c05': ['旅行', 'approved', '老读者', null, null, null, '2018-09-04T07:30:00.000Z', '早年的留言，没有 insertedAt。'],
    });
    // A site typed without its scheme is kept as a link; only http(s) ones are.
    const [jiangnan] = await db.select().from(comments).where(like(comments.importKey, `valine:${root}`));
    expect(jiangnan?.site).toBe('https://jiangnan.example');
  });

  it('imports a real Hexo blog’s comments by its old addresses, after a dry run that writes nothing', async () => {
    const expected = {
      imported: 7,
      alreadyThere: 0,
      skipped: [
        { id: '17', reason: 'no-article', detail: '/tags/vocaloid/ (here /tags/vocaloid, not an article)' },
        { id: '18', reason: 'no-article', detail: '/2019/01/01/gone/' },
        // Its comment was deleted in Waline before the export, with the thread it began.
        { id: '19', reason: 'thread', detail: 'answers 9, which is not in the export' },
      ],
    };
    const before = await db.select().from(comments);
    expect(await importFixture('waline-hexo.json', hexoBlog, { dryRun: true })).toEqual(expected);
    expect(await db.select().from(comments)).toEqual(before);
    expect(await importFixture('waline-hexo.json', hexoBlog)).toEqual(expected);
    const outline = await storedOutline(db, 'waline');
    expect(Object.fromEntries(['11', '12', '13', '14', '15', '16', '20'].map((id) => [id, outline[id]!.slice(0, 6)]))).toEqual({
      '11': ['人力vocaloid', 'approved', '阿紫', null, null, null],
      '12': ['人力vocaloid', 'approved', '博主', 'author', '11', '阿紫'],
      '13': ['人力vocaloid', 'approved', '阿紫', null, '11', '博主'],
      '14': ['wo-mic', 'pending', '路人甲', null, null, null],
      '15': ['x-recs-nsfw', 'approved', '夜读', null, null, null],
      '16': ['wo-mic', 'spam', 'cheap-pills', null, null, null],
      // The comment it answered was deleted before the export; Waline still showed it in the thread.
      '20': ['人力vocaloid', 'approved', '后来者', null, '11', '阿紫'],
    });
    expect([outline['13']!.at(-1), outline['20']!.at(-1)]).toEqual(['等你！', '我也想知道调音用的软件。']);
  });

  it('keeps no address in clear, only its hash', async () => {
    const rows = await db.select().from(comments).where(like(comments.importKey, '%:%'));
    expect(JSON.stringify(rows)).not.toMatch(/@(example\.com|spam\.example)/);
    const byKey = new Map(rows.map((row) => [row.importKey, row]));
    expect(byKey.get('waline:1')?.emailHash).toBe(emailHash('lin@example.com'));
    expect(byKey.get('twikoo:a1b2c3d4e5f60718293a4b5c6d7e8f90')?.emailHash).toBe(emailHash('xiaoman@example.com'));
    expect(byKey.get('valine:5cf24c7a0237d7006a6d3b03')?.emailHash).toBe(emailHash('jiangnan@example.com'));
    expect(byKey.get('waline:6')?.emailHash).toBeNull();
  });

  it('imports nothing twice: run again, every comment is already there and the same ones are skipped', async () => {
    const before = await db.select().from(comments);
    for (const [name, content, alreadyThere, skipped] of [
      ['waline.json', fixturePages, 5, 2],
      ['twikoo.json', fixturePages, 4, 2],
      ['valine.jsonl', fixturePages, 5, 1],
      ['waline-hexo.json', hexoBlog, 7, 3],
    ] as const) {
      const again = await importFixture(name, content);
      expect([name, again.imported, again.alreadyThere, again.skipped.length]).toEqual([name, 0, alreadyThere, skipped]);
    }
    expect(await db.select().from(comments)).toEqual(before);
  });
});

describe('npm run comments:import', { timeout: 120_000 }, () => {
  const newTempDir = useTempDirs();
  const script = path.join(repoRoot, 'scripts', 'comments-import.ts');
  /** The real Hexo blog as the content, a new PGlite folder as the database. */
  const run = async (args: string[], dataDir: string) =>
    runScript(script, args, { ...process.env, HEXO_DIR: suyuDir, CONTENT_DIR: undefined, ARTICLES_DIR: undefined, DATABASE_URL: undefined, DATA_DIR: dataDir });

  it('imports an export, reports what it did and skipped, and imports nothing the second time', async () => {
    const dataDir = await newTempDir();
    const file = path.join('tests', 'fixtures', 'comment-imports', 'waline-hexo.json');
    const skipped = [
      'Skipped: 3',
      '  no article at its page (2):',
      '    17: /tags/vocaloid/ (here /tags/vocaloid, not an article)',
      '    18: /2019/01/01/gone/',
      '  answers a comment that is not here (1):',
      '    19: answers 9, which is not in the export',
    ];
    const first = await run([file], dataDir);
    expect(first.code, first.stderr).toBe(0);
    expect(first.lines).toEqual([
      `${file}: a Waline export of 10 comments`,
      `Matched against the 258 published articles of ${suyuDir}`,
      'Imported: 7',
      'Already imported: 0',
      ...skipped,
    ]);
    const second = await run([file], dataDir);
    expect(second.code, second.stderr).toBe(0);
    expect(second.lines.slice(2)).toEqual(['Imported: 0', 'Already imported: 7', ...skipped]);
  });

  it('exits 1 naming a file that cannot be read or is no export, and 2 when used wrongly', async () => {
    const dataDir = await newTempDir();
    const notAnExport = path.join(dataDir, 'disqus.xml');
    await fs.writeFile(notAnExport, '<?xml version="1.0"?><disqus/>');
    const unknown = await run([notAnExport], dataDir);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(new RegExp(`^${notAnExport.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: Not a comment export: not JSON \\(`));
    const missing = await run(['no-such-export.json'], dataDir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no-such-export.json: ENOENT');
    expect((await run([], dataDir)).code).toBe(2);
  });
});
