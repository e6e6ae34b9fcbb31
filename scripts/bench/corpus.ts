// A generated site of N articles for the scale benchmarks, written as a content folder like ours:
// articles/ in Hexo's category folders, authors/ and categories.yml copied from content/.
//
//   npm run bench -- corpus --count 10000 [--out DIR] [--corpus ../shared/corpus]
//
// Every article is a real one (the included content or the shared corpus) with its body kept byte
// for byte, so HTML shapes and sizes are those of real posts; around it the front matter is new: a
// unique title, a date spread over the years 2012-2026, a category under the source's own, one of
// a few hundred authors (a few of them prolific, as on a real site), and as tags the title's topic
// and up to four more. The seed article is also kept exactly as it is, so its page can be measured
// on every generated site.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { formatOf, listArticleFiles, readText } from '@/lib/content/files';
import { splitFrontMatter } from '@/lib/content/front-matter';
import { slugify } from '@/lib/content/slug';
import { pick, random } from './random';
import { SEED_ARTICLE, SEED_SLUG } from './seed';

/** The folder of real articles the generated sites draw on, beside the project's own content. */
export const SHARED_CORPUS = '../shared/corpus';

const SURNAMES = Array.from('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤');
const GIVEN = Array.from('一乐之子文明思远宁静安然晓雨清风若水星河云舒亦凡嘉树知秋南山北辰可心');
const TOPICS = [
  '产品设计', '用户增长', '数据分析', '内容运营', '社群运营', '商业模式', '职场成长', '交互设计', 'B端产品', 'SaaS',
  '人工智能', '大模型', '电商', '直播', '短视频', '新消费', '出海', '品牌营销', '私域流量', '本地生活',
  '云原生', 'Kubernetes', '容器', '微服务', '可观测性', 'DevOps', '数据库', '前端工程', '开源', '安全',
];
const SECTIONS: Record<string, string[]> = {
  人人都是产品经理: ['最新文章', '热门文章', '天天问', '产品设计', '运营', '职场', '产品经理'],
  '36kr': ['资讯', '快讯', '创投', '科技', '消费', '汽车', '出海'],
  ZAKER: ['channel', '科技', '财经', '汽车'],
  '少数派 sspai': ['Matrix', '效率', '应用推荐', '数字生活'],
  Dockone: ['周报', '云原生', '容器', '微服务', 'DevOps'],
};
const AUTHOR_COUNT = 300;
const FIRST_DAY = Date.UTC(2012, 0, 1);
const LAST_DAY = Date.UTC(2026, 10, 1);

type Source = { file: string; data: Record<string, unknown>; body: string; format: 'md' | 'mdx'; category: string[] };

async function readSources(dirs: string[]): Promise<Source[]> {
  const sources: Source[] = [];
  for (const dir of dirs) {
    for (const file of await listArticleFiles(dir)) {
      const split = splitFrontMatter(await readText(path.join(dir, file)));
      if (!split.ok || !split.hasFrontMatter) continue;
      const raw = split.data.categories ?? [];
      const category = Array.isArray(raw) ? raw.map(String) : [String(raw)];
      sources.push({ file, data: split.data, body: split.body, format: formatOf(file), category });
    }
  }
  return sources;
}

/** A few prolific authors and a long tail, as on a real multi-author site. */
function authorNames(next: () => number): string[] {
  const names = new Set<string>();
  while (names.size < AUTHOR_COUNT) names.add(pick(SURNAMES, next) + pick(GIVEN, next) + (next() < 0.6 ? pick(GIVEN, next) : ''));
  return [...names];
}

/** Hexo's category folders: the source's own path, its last level varied among the site's sections. */
function categoryOf(source: Source, next: () => number): string[] {
  const own = source.category;
  const sections = own[1] ? SECTIONS[own[1]] : undefined;
  if (!sections || own.length < 3) return own;
  return [...own.slice(0, 2), pick(sections, next)];
}

/** A file name that every file system takes: no path separators, at most 60 characters. */
const fileName = (title: string) => Array.from(title.replace(/[/\\:*?"<>|\u0000-\u001f]/g, ' ').trim()).slice(0, 60).join('').trim();

/**
 * Writes `count` articles (plus authors and categories) into `out`, which must not exist yet or be
 * empty; returns the size of the articles it generated.
 */
export async function generateCorpus(options: { count: number; out: string; corpusDir: string }): Promise<{ bytes: number }> {
  const contentRoot = path.resolve('content');
  const sources = await readSources([path.join(contentRoot, 'articles'), path.resolve(options.corpusDir)]);
  if (sources.length === 0) throw new Error(`no articles found in content/articles or ${options.corpusDir}`);
  const articlesDir = path.join(options.out, 'articles');
  await fs.mkdir(articlesDir, { recursive: true });
  await fs.cp(path.join(contentRoot, 'authors'), path.join(options.out, 'authors'), { recursive: true });
  await fs.copyFile(path.join(contentRoot, 'categories.yml'), path.join(options.out, 'categories.yml'));
  await fs.mkdir(path.join(articlesDir, path.dirname(SEED_ARTICLE)), { recursive: true });
  await fs.copyFile(path.join(contentRoot, 'articles', SEED_ARTICLE), path.join(articlesDir, SEED_ARTICLE));

  const next = random(options.count);
  const authors = authorNames(next);
  const slugs = new Set([SEED_SLUG]);
  let bytes = 0;
  // Files are written a batch at a time: fast, without holding every article in memory.
  const batch: Promise<void>[] = [];
  for (let i = 1; i < options.count; i++) {
    const source = sources[i % sources.length]!;
    const topic = pick(TOPICS, next);
    const firstTitle = `${topic}｜${String(source.data.title).trim()}`;
    let title = firstTitle;
    let stem = fileName(title);
    // A title whose slug is empty or taken gets a number, in the title and in the file name.
    for (let n = 2; !slugify(stem) || slugs.has(slugify(stem)); n++) {
      title = `${firstTitle}（${n}）`;
      stem = `${fileName(title).slice(0, 50)}（${n}）`;
    }
    slugs.add(slugify(stem));
    const category = categoryOf(source, next);
    // Squaring skews the choice towards the first authors: a few write most articles.
    const author = next() < 0.1 && source.data.author ? String(source.data.author) : authors[Math.floor(next() ** 2 * authors.length)]!;
    const date = new Date(FIRST_DAY + Math.floor(((LAST_DAY - FIRST_DAY) * i) / options.count + next() * 86_400_000));
    const tags = Array.from({ length: Math.floor(next() * 5) }, () => pick(TOPICS, next));
    const { slug: _ownSlug, ...kept } = source.data;
    const data = {
      ...kept,
      title,
      categories: category,
      author,
      date: date.toUTCString(),
      tags: [...new Set([topic, ...tags])],
    };
    const text = `---\n${YAML.stringify(data)}---\n\n${source.body}`;
    bytes += Buffer.byteLength(text);
    const dir = path.join(articlesDir, ...category);
    batch.push(fs.mkdir(dir, { recursive: true }).then(() => fs.writeFile(path.join(dir, `${stem}.${source.format}`), text)));
    if (batch.length >= 200) await Promise.all(batch.splice(0));
  }
  await Promise.all(batch);
  return { bytes };
}

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { count: { type: 'string', default: '1000' }, out: { type: 'string' }, corpus: { type: 'string', default: SHARED_CORPUS } },
  });
  const out = values.out ?? (await fs.mkdtemp(path.join(os.tmpdir(), `yuedu-${values.count}-`)));
  const started = performance.now();
  const count = Number(values.count);
  const { bytes } = await generateCorpus({ count, out, corpusDir: values.corpus });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${count} articles, ${(bytes / 1024 / 1024).toFixed(1)} MiB, in ${out} (${seconds} s)`);
  console.log(`serve it: CONTENT_DIR=${out} npm run build && CONTENT_DIR=${out} npm start`);
}
