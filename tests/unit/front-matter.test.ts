import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '@/lib/content/front-matter';
import { parse, post } from './helpers';

/** The article's metadata, failing the test with the problems when there is none. */
async function meta(raw: string, file = 'post.md') {
  const { article, problems } = await parse(raw, file);
  if (!article) throw new Error(`no article: ${JSON.stringify(problems)}`);
  return article.meta;
}

async function errors(raw: string, file = 'post.md') {
  const { article, problems } = await parse(raw, file);
  expect(article).toBeUndefined();
  return problems.filter((p) => p.severity === 'error');
}

describe('splitFrontMatter', () => {
  it('splits YAML from the body and keeps dates as strings', () => {
    const result = splitFrontMatter('---\ntitle: 标题\ndate: 2021-05-24\n---\n正文\n');
    expect(result).toEqual({ ok: true, data: { title: '标题', date: '2021-05-24' }, body: '正文\n', hasFrontMatter: true, bodyLine: 5 });
  });

  it('tolerates blank lines before the opening ---, as the seed has', () => {
    const result = splitFrontMatter('\n  \n---\ntitle: 标题\n---\n\n正文');
    expect(result.ok && result.data).toEqual({ title: '标题' });
    expect(result.ok && result.body.trim()).toBe('正文');
    // Two leading lines, three front-matter lines, then the blank line: the body starts on line 6.
    expect(result.ok && result.bodyLine).toBe(6);
  });

  it('reads Windows line endings', () => {
    const result = splitFrontMatter('---\r\ntitle: 标题\r\n---\r\n正文');
    expect(result.ok && result.data).toEqual({ title: '标题' });
    expect(result.ok && result.body).toBe('正文');
  });

  it('reports a file without front matter as such and keeps all of it as the body', () => {
    const raw = '# 标题\n\n正文';
    expect(splitFrontMatter(raw)).toEqual({ ok: true, data: {}, body: raw, hasFrontMatter: false, bodyLine: 1 });
  });

  it('gives the file line of a YAML error, and only that line', () => {
    const result = splitFrontMatter('---\ntitle: 一\ntitle: 二\n---\n正文');
    expect(result.ok).toBe(false);
    const message = !result.ok ? result.message : '';
    expect(message).toMatch(/^front matter is not valid YAML \(line 3\): /);
    expect(message).toContain('Map keys must be unique');
    expect(message.match(/line \d+/g)).toEqual(['line 3']);
  });

  it('counts leading blank lines in the YAML error line', () => {
    const result = splitFrontMatter('\n---\ntitle: 一\ntitle: 二\n---\n正文');
    expect(!result.ok && result.message).toMatch(/\(line 4\)/);
  });

  it('reads every fence Hexo reads: trailing spaces, more dashes, no opening fence, ;;; JSON', () => {
    expect(splitFrontMatter('---\ntitle: 标题\n--- \n正文')).toMatchObject({ ok: true, data: { title: '标题' }, body: '正文' });
    expect(splitFrontMatter('--- \t\ntitle: 标题\n---\t\r\n正文')).toMatchObject({ ok: true, data: { title: '标题' }, body: '正文' });
    expect(splitFrontMatter('-----\ntitle: 标题\n-----\n正文')).toMatchObject({ ok: true, data: { title: '标题' } });
    expect(splitFrontMatter('title: 标题\ndate: 2021-05-24\n---\n正文')).toMatchObject({ ok: true, data: { title: '标题', date: '2021-05-24' }, body: '正文', hasFrontMatter: true });
    expect(splitFrontMatter(';;;\n"title": "标题"\n;;;\n正文')).toMatchObject({ ok: true, data: { title: '标题' }, body: '正文' });
    // Tab indentation, which YAML forbids and Hexo turns into spaces.
    expect(splitFrontMatter('---\ntags:\n\t- a\n\t- b\n---\n正文')).toMatchObject({ ok: true, data: { tags: ['a', 'b'] } });
  });

  it('keeps a paragraph above a horizontal rule as body, and an unclosed fence as the whole file', () => {
    const rule = '第一段文字。\n---\n第二段。';
    expect(splitFrontMatter(rule)).toEqual({ ok: true, data: {}, body: rule, hasFrontMatter: false, bodyLine: 1 });
    const unclosed = '---\ntitle: 标题\n正文';
    expect(splitFrontMatter(unclosed)).toMatchObject({ ok: true, hasFrontMatter: false, body: unclosed });
  });

  it('matches what Hexo itself reads from each form', async () => {
    const { parse: hexoParse } = await import('hexo-front-matter');
    for (const raw of ['---\ntitle: a\n--- \nbody', 'title: a\ntags: [x]\n---\nbody', ';;;\n"title": "a"\n;;;\nbody', '---\ntitle: a\ntags:\n  - \n  - [x, y]\n---\nbody']) {
      const { _content, ...hexo } = hexoParse(raw) as Record<string, unknown>;
      const ours = splitFrontMatter(raw);
      expect(ours.ok && ours.data).toEqual(hexo);
      expect(ours.ok && ours.body.trim()).toBe(String(_content).trim());
    }
  });

  it('refuses front matter that is not a mapping', () => {
    expect(splitFrontMatter('---\n- a\n- b\n---\n正文')).toEqual({ ok: false, message: 'front matter must be a YAML mapping of `key: value` lines' });
  });
});

describe('parseArticle: title', () => {
  it('reads a number as text', async () => {
    expect((await meta(post('title: 2021'))).title).toBe('2021');
  });

  it('trims the title', async () => {
    expect((await meta(post("title: '  标题  '"))).title).toBe('标题');
  });

  // Hexo publishes a post without a usable title; so do we, named by its file, with a warning.
  it.each([['tags: [a]'], ["title: ''"], ['title: [a, b]']])('takes the file name as the title when it has none (%s), with a warning naming the field', async (front) => {
    const { article, problems } = await parse(post(front), '编程/没有标题.md');
    expect(article?.meta.title).toBe('没有标题');
    expect(problems).toEqual([expect.objectContaining({ file: '编程/没有标题.md', field: 'title', severity: 'warning', message: expect.stringContaining('"没有标题" is used as the title') })]);
  });

  it('names an index.md without a title after its folder', async () => {
    expect((await meta(post('tags: [a]'), '随笔/旅行/index.md')).title).toBe('旅行');
  });
});

describe('parseArticle: categories', () => {
  it('reads a single name as a path of one', async () => {
    expect((await meta(post('title: t\ncategories: 编程'))).categories).toEqual([['编程']]);
  });

  it('reads a list of names as one path', async () => {
    const raw = post('title: t\ncategories:\n - 新媒体\n - 人人都是产品经理\n - 最新文章');
    expect((await meta(raw)).categories).toEqual([['新媒体', '人人都是产品经理', '最新文章']]);
  });

  it('reads a list of lists as several paths', async () => {
    const raw = post('title: t\ncategories:\n  - [编程, Go]\n  - [新媒体, 36kr]');
    expect((await meta(raw)).categories).toEqual([
      ['编程', 'Go'],
      ['新媒体', '36kr'],
    ]);
  });

  it('reads names beside lists as paths of their own, as Hexo does', async () => {
    expect((await meta(post('title: t\ncategories: [编程, [新媒体, 36kr]]'))).categories).toEqual([['编程'], ['新媒体', '36kr']]);
  });

  it('reads numbers as names', async () => {
    expect((await meta(post('title: t\ncategories: [2021, 12]'))).categories).toEqual([['2021', '12']]);
  });

  it('reads the `category` key too, merged with `categories` without duplicates', async () => {
    expect((await meta(post('title: t\ncategory: 编程'))).categories).toEqual([['编程']]);
    expect((await meta(post('title: t\ncategories: [编程, Go]\ncategory: [[编程, Go], [工具]]'))).categories).toEqual([['编程', 'Go'], ['工具']]);
  });

  it('is empty when missing, empty or left blank', async () => {
    expect((await meta(post('title: t'))).categories).toEqual([]);
    expect((await meta(post('title: t\ncategories: []'))).categories).toEqual([]);
    expect((await meta(post('title: t\ncategories:'))).categories).toEqual([]);
  });

  it('leaves out a mapping, empty items and nested nonsense with a warning naming the field', async () => {
    const { article, problems } = await parse(post('title: t\ncategories: {a: b}'));
    expect(article?.meta.categories).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ field: 'categories', severity: 'warning' })]);
    const blanks = await parse(post("title: t\ncategories:\n  - 编程\n  -\n  - ''\n  - Go"));
    expect(blanks.article?.meta.categories).toEqual([['编程', 'Go']]);
    expect(blanks.problems).toEqual([expect.objectContaining({ field: 'categories', severity: 'warning', message: expect.stringContaining('2 items were left out') })]);
  });
});

describe('parseArticle: tags', () => {
  it('reads a single tag as a list', async () => {
    expect((await meta(post('title: t\ntags: Go'))).tags).toEqual(['Go']);
  });

  it('reads a list, without duplicates, numbers as text', async () => {
    expect((await meta(post('title: t\ntags: [Go, 泛型, Go, 2022]'))).tags).toEqual(['Go', '泛型', '2022']);
  });

  it('treats `tags:` with nothing after it (Hexo’s scaffold) as no tags', async () => {
    const { article, problems } = await parse(post('title: t\ntags:'));
    expect(problems).toEqual([]);
    expect(article?.meta.tags).toEqual([]);
  });

  it('drops an empty tag with a warning naming the field, as Hexo ignores it', async () => {
    const { article, problems } = await parse(post("title: t\ntags: [Go, '']"));
    expect(article?.meta.tags).toEqual(['Go']);
    expect(problems).toEqual([expect.objectContaining({ field: 'tags', severity: 'warning', message: expect.stringContaining('an item was left out') })]);
  });

  it('reads nested lists of tags flat, as Hexo does', async () => {
    const { article, problems } = await parse(post('title: t\ntags:\n  - Go\n  -\n  - [泛型, [编译器]]'));
    expect(article?.meta.tags).toEqual(['Go', '泛型', '编译器']);
    expect(problems).toEqual([expect.objectContaining({ field: 'tags', severity: 'warning' })]);
  });
});

describe('parseArticle: author', () => {
  it('reads a name', async () => {
    expect((await meta(post('title: t\nauthor: 人人都是产品经理'))).authorName).toBe('人人都是产品经理');
  });

  it('reads the name of an author object and ignores its other keys', async () => {
    expect((await meta(post('title: t\nauthor:\n  name: 孟永辉\n  link: https://example.com'))).authorName).toBe('孟永辉');
  });

  it('warns when there is none', async () => {
    const { article, problems } = await parse('---\ntitle: t\ndate: 2021-05-24\n---\n正文');
    expect(article?.meta.authorName).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ field: 'author', severity: 'warning' })]);
  });

  it('takes an object without a name as no author, with the missing-author warning', async () => {
    const { article, problems } = await parse(post('title: t\nauthor:\n  link: https://example.com'));
    expect(article?.meta.authorName).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ field: 'author', severity: 'warning' })]);
  });
});

describe('parseArticle: cover', () => {
  const cover = 'https://example.com/cover.jpg';
  const headimg = 'https://example.com/headimg.jpg';
  const thumbnail = 'https://example.com/thumbnail.jpg';

  it('prefers cover, then the themes’ top_img, index_img, banner_img and banner, then thumbnail, then headimg', async () => {
    const theme = (key: string) => `https://example.com/${key}.jpg`;
    expect((await meta(post(`title: t\nthumbnail: ${thumbnail}\nheadimg: ${headimg}\ncover: ${cover}`))).cover).toBe(cover);
    for (const key of ['top_img', 'index_img', 'banner_img', 'banner']) {
      expect((await meta(post(`title: t\nthumbnail: ${thumbnail}\n${key}: ${theme(key)}`))).cover).toBe(theme(key));
    }
    expect((await meta(post(`title: t\nthumbnail: ${thumbnail}\nheadimg: ${headimg}`))).cover).toBe(thumbnail);
    expect((await meta(post(`title: t\nheadimg: ${headimg}`))).cover).toBe(headimg);
  });

  it('skips a theme’s `top_img: false`', async () => {
    expect((await meta(post(`title: t\ntop_img: false\ncover: ${cover}`))).cover).toBe(cover);
    expect((await meta(post('title: t\ntop_img: false'))).cover).toBeUndefined();
  });

  it('skips an empty value', async () => {
    expect((await meta(post(`title: t\ncover: ''\nheadimg: ${headimg}`))).cover).toBe(headimg);
  });

  it('is undefined without any image', async () => {
    const article = await meta(post('title: t'));
    expect(article.cover).toBeUndefined();
    expect(article.coverInBody).toBe(false);
  });

  it('unwraps a CORS proxy', async () => {
    const article = await meta(post("title: t\nheadimg: 'https://cors.zfour.workers.dev/?http://image.woshipm.com/x.jpg'"));
    expect(article.cover).toBe('https://image.woshipm.com/x.jpg');
  });
});

describe('parseArticle: flags', () => {
  it('defaults to comments on and not a draft', async () => {
    const article = await meta(post('title: t'));
    expect(article.comments).toBe(true);
    expect(article.draft).toBe(false);
  });

  it.each([
    ['false', false],
    ["'false'", false],
    ['true', true],
    ["'true'", true],
  ])('reads comments: %s', async (value, expected) => {
    expect((await meta(post(`title: t\ncomments: ${value}`))).comments).toBe(expected);
  });

  it.each([
    ['draft: true', true],
    ["draft: 'true'", true],
    ['draft: false', false],
    ["draft: 'false'", false],
    ['published: false', true],
    ["published: 'false'", true],
    ['published: true', false],
    ['draft: false\npublished: false', true],
  ])('reads %s as draft = %s', async (flags, expected) => {
    expect((await meta(post(`title: t\n${flags}`))).draft).toBe(expected);
  });

  it('reads yes and no as Hexo’s YAML does, and refuses anything else for the publishing flags', async () => {
    expect((await meta(post('title: t\ndraft: yes'))).draft).toBe(true);
    expect((await meta(post('title: t\npublished: no'))).draft).toBe(true);
    expect((await meta(post('title: t\ncomments: no'))).comments).toBe(false);
    // A typo must never publish a draft.
    expect((await errors(post('title: t\ndraft: 1'))).map((p) => p.field)).toEqual(['draft']);
  });
});

describe('parseArticle: description, excerpt and permalink', () => {
  it('keeps the description and uses it as the excerpt', async () => {
    const article = await meta(post('title: t\ndescription: 一句话简介\nexcerpt: 另一句'));
    expect(article.description).toBe('一句话简介');
    expect(article.excerpt).toBe('一句话简介');
  });

  it('uses `excerpt` when there is no description', async () => {
    const article = await meta(post('title: t\nexcerpt: 摘要文字'));
    expect(article.description).toBeUndefined();
    expect(article.excerpt).toBe('摘要文字');
  });

  it('keeps the permalink', async () => {
    expect((await meta(post('title: t\npermalink: /2021/05/old-url/'))).permalink).toBe('/2021/05/old-url/');
  });
});

describe('parseArticle: slug', () => {
  it('comes from the file name by default', async () => {
    expect((await meta(post('title: t'), '编程/Go 117泛型尝鲜.md')).slug).toBe('go-117泛型尝鲜');
  });

  it('uses a valid explicit slug', async () => {
    expect((await meta(post('title: t\nslug: go-generics'), '编程/Go 117泛型尝鲜.md')).slug).toBe('go-generics');
    expect((await meta(post('title: t\nslug: 去中心化'))).slug).toBe('去中心化');
  });

  it.each([
    ['Go Generics', 'go-generics'],
    ['go_generics', 'go-generics'],
    ["'去中心化：阿里'", '去中心化-阿里'],
    ['123', '123'],
  ])('takes any explicit slug, %s, as its URL form %s', async (value, expected) => {
    const { article, problems } = await parse(post(`title: t\nslug: ${value}`));
    expect(article?.meta.slug).toBe(expected);
    expect(problems).toEqual([]);
  });

  it('warns and uses the title when the file name is all punctuation', async () => {
    const { article, problems } = await parse(post('title: 1+1=1…吧？'), "新媒体/+_&~_%！'^…….md");
    expect(article?.meta.slug).toBe('1-1-1-吧');
    expect(problems).toEqual([expect.objectContaining({ field: 'slug', severity: 'warning' })]);
  });
});

describe('parseArticle: dates', () => {
  it('stores dates as ISO instants read in the site zone', async () => {
    const article = await meta(post('title: t\ndate: 2021-05-24 08:00:00\nupdated: 2021-05-25\npublishAt: Mon, 24 May 2021 00:00:00 GMT'));
    expect(article.date).toBe('2021-05-24T00:00:00.000Z');
    expect(article.updated).toBe('2021-05-24T16:00:00.000Z');
    expect(article.publishAt).toBe('2021-05-24T00:00:00.000Z');
  });

  it('reads a date Hexo reads, warning where it may not be what was meant', async () => {
    const { article, problems } = await parse(post('title: t\ndate: 2021-02-31'));
    expect(article?.meta.date).toBe('2021-03-02T16:00:00.000Z');
    expect(problems).toEqual([expect.objectContaining({ field: 'date', severity: 'warning', message: expect.stringContaining('is not a real day; read as 2021-03-03') })]);
    expect((await meta(post('title: t\ndate: 2023/9/22 20:00'))).date).toBe('2023-09-22T12:00:00.000Z');
  });

  it('falls back to the file time, as Hexo does, for a date neither can read, naming the field', async () => {
    const fileMtime = new Date('2022-01-02T03:04:05Z');
    for (const [front, field] of [['date: 2023/10/2 20：00', 'date'], ['updated: yesterday', 'updated'], ['date: 20210524', 'date']] as const) {
      const { article, problems } = await parse(post(`title: t\n${front}`), 'post.md', { fileMtime });
      expect(article?.meta[field]).toBe('2022-01-02T03:04:05.000Z');
      expect(problems).toEqual([expect.objectContaining({ field, severity: 'warning', message: expect.stringContaining('modification time is used') })]);
    }
  });

  it('falls back to the file time with a warning when there is no date', async () => {
    const fileMtime = new Date('2022-01-02T03:04:05Z');
    const { article, problems } = await parse('---\ntitle: t\nauthor: a\n---\n正文', 'post.md', { fileMtime });
    expect(article?.meta.date).toBe('2022-01-02T03:04:05.000Z');
    expect(problems).toEqual([expect.objectContaining({ field: 'date', severity: 'warning' })]);
  });

  it('requires a date when there is no file time to fall back on', async () => {
    const problems = await errors('---\ntitle: t\nauthor: a\n---\n正文');
    expect(problems).toEqual([{ file: 'post.md', field: 'date', message: 'is required', severity: 'error' }]);
  });
});

describe('parseArticle: the file as a whole', () => {
  it('tolerates unknown keys', async () => {
    const { article, problems } = await parse(post('title: t\nlayout: post\ntoc: true\nsticky: 100\nmathjax: true\nkeywords: [a, b]'));
    expect(problems).toEqual([]);
    expect(article?.meta.title).toBe('t');
  });

  it('reports invalid YAML with its line number and keeps no article', async () => {
    const problems = await errors('---\ntitle: t\nauthor: a\nauthor: b\n---\n正文');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^front matter is not valid YAML \(line 4\)/);
  });

  it('reads a file without front matter with a warning, titled by its file name', async () => {
    const fileMtime = new Date('2022-01-02T03:04:05Z');
    const { article, problems } = await parse('正文第一段。', '编程/没有头信息的文章.md', { fileMtime });
    expect(article?.meta.title).toBe('没有头信息的文章');
    expect(article?.meta.slug).toBe('没有头信息的文章');
    expect(article?.meta.excerpt).toBe('正文第一段。');
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'warning', message: expect.stringContaining('has no front matter') }));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('reads the front matter after leading blank lines', async () => {
    const article = await meta(`\n\n${post('title: 空行之后')}`);
    expect(article.title).toBe('空行之后');
  });

  it('reports an MDX syntax error with its line in the file', async () => {
    const raw = '---\ntitle: t\ndate: 2021-05-24\nauthor: a\n---\n第一段\n\n<Note>\n\n第二段\n\n</Wrong>\n';
    const problems = await errors(raw, 'post.mdx');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'body' });
    expect(problems[0]!.message).toMatch(/^body could not be parsed \(line 12\): /);
  });
});
