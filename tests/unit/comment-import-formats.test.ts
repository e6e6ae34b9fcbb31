import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCommentExport, type ImportedComment } from '@/lib/comments/import';
import { readTwikooExport } from '@/lib/comments/import/twikoo';
import { readValineExport } from '@/lib/comments/import/valine';
import { readWalineExport } from '@/lib/comments/import/waline';

/** The exports of Waline, Twikoo and Valine (see the fixtures' README for where each shape comes from). */

const fixture = (name: string) => fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/comment-imports', name), 'utf8');

/** Each comment's thread and state in one line: id, status, top-level comment, comment answered, date. */
const outline = (comments: ImportedComment[]) =>
  comments.map((c) => [c.id, c.status, c.parentId ?? '-', c.replyToId ?? '-', c.createdAt.toISOString()]);

describe('a Waline export', () => {
  const text = fixture('waline.json');
  const { comments, skipped } = readWalineExport(text);

  it('reads six comments and skips the row with MySQL’s zero date, naming both date fields', () => {
    expect(comments).toHaveLength(6);
    expect(skipped).toEqual([{ id: '7', reason: 'insertedAt: not a date; createdAt: not a date' }]);
  });

  it('threads by rid (top-level) and pid (answered), dates by insertedAt, and maps waiting and spam', () => {
    expect(outline(comments)).toEqual([
      ['1', 'approved', '-', '-', '2023-05-01T08:30:00.000Z'],
      ['2', 'approved', '1', '1', '2023-05-01T09:05:12.000Z'],
      ['3', 'approved', '1', '2', '2023-05-02T01:00:00.000Z'],
      ['4', 'pending', '-', '-', '2023-05-03T12:00:00.000Z'],
      ['5', 'spam', '-', '-', '2023-05-04T00:00:00.000Z'],
      // An empty status is shown by Waline, like every status but waiting and spam.
      ['6', 'approved', '-', '-', '2021-11-11T11:11:11.000Z'],
    ]);
  });

  it('keeps page paths as stored, the Markdown as written, and strips control characters', () => {
    expect(comments.map((c) => c.url)).toEqual([
      '/2023/05/读书笔记/',
      '/2023/05/读书笔记/',
      '/2023/05/读书笔记/',
      '/2023/05/读书笔记/index.html',
      '/about/',
      '/2023/05/%E8%AF%BB%E4%B9%A6%E7%AC%94%E8%AE%B0/',
    ]);
    expect(comments[0]).toEqual({
      source: 'waline',
      id: '1',
      url: '/2023/05/读书笔记/',
      authorName: '林间',
      email: 'lin@example.com',
      site: 'https://lin.example',
      byOwner: false,
      body: '写得真好，收藏了。\n\n> 慢慢读，才读得进去。',
      createdAt: new Date('2023-05-01T08:30:00.000Z'),
      status: 'approved',
    });
    expect(comments[1]).toMatchObject({ authorName: '阿青', email: undefined, site: undefined, body: '同感，尤其是第二节。\n第三节也好。' });
  });

  it('names a signed-in commenter from the Users table, and a nameless one Anonymous', () => {
    expect(comments[2]).toMatchObject({ authorName: '博主', email: 'owner@example.com', site: 'https://blog.example', byOwner: true });
    expect(comments[5]?.authorName).toBe('Anonymous');
  });

  it('reads a SQLite server’s zoneless dates as UTC', () => {
    const sqlite = JSON.parse(text);
    sqlite.data.Comment = [{ ...sqlite.data.Comment[0], objectId: 9, insertedAt: '2023-05-01 08:30:00' }];
    expect(readWalineExport(JSON.stringify(sqlite)).comments[0]?.createdAt).toEqual(new Date('2023-05-01T08:30:00Z'));
  });
});

describe('a Twikoo export', () => {
  const { comments, skipped } = readTwikooExport(fixture('twikoo.json'));
  const [root, reply, replyToReply] = ['a1b2c3d4e5f60718293a4b5c6d7e8f90', 'b2c3d4e5f60718293a4b5c6d7e8f90a1', 'c3d4e5f60718293a4b5c6d7e8f90a1b2'];

  it('reads five comments and skips the one without a url', () => {
    expect(comments).toHaveLength(5);
    expect(skipped).toEqual([{ id: 'f60718293a4b5c6d7e8f90a1b2c3d4e5', reason: 'url: missing' }]);
  });

  it('threads by rid and pid (empty meaning none), dates by created, and isSpam as spam', () => {
    expect(outline(comments)).toEqual([
      [root, 'approved', '-', '-', '2023-04-01T00:00:00.000Z'],
      [reply, 'approved', root, root, '2023-04-01T01:00:00.000Z'],
      [replyToReply, 'approved', root, reply, '2023-04-01T02:00:00.000Z'],
      ['d4e5f60718293a4b5c6d7e8f90a1b2c3', 'spam', '-', '-', '2023-04-02T01:46:40.000Z'],
      ['e5f60718293a4b5c6d7e8f90a1b2c3d4', 'approved', '-', '-', '2023-04-03T00:00:00.000Z'],
    ]);
  });

  it('keeps encoded and raw paths and the HTML as stored, less control characters', () => {
    expect(comments.map((c) => c.url)).toEqual([
      '/posts/%E6%98%A5%E5%A4%A9%E7%9A%84%E4%B9%A6%E5%8D%95/',
      '/posts/%E6%98%A5%E5%A4%A9%E7%9A%84%E4%B9%A6%E5%8D%95/',
      '/posts/%E6%98%A5%E5%A4%A9%E7%9A%84%E4%B9%A6%E5%8D%95/',
      '/posts/春天的书单/index.html',
      '/about/',
    ]);
    expect(comments[2]).toMatchObject({ source: 'twikoo', authorName: '博主', body: '<p>商务印书馆那版。</p>\n', site: 'https://blog.example', byOwner: true });
    expect(comments.filter((c) => c.byOwner)).toHaveLength(1);
    expect(comments[4]).toMatchObject({ authorName: '匿名', email: undefined, body: '<p>好看</p>\n' });
  });

  it('reads the older exports: MongoDB extended JSON, a document a line', () => {
    const lines = [
      '{"_id":{"$oid":"5f1e2d3c4b5a697887766554"},"nick":"旧","url":"/a/","comment":"<p>一</p>","created":{"$numberLong":"1595000000000"}}',
      '{"_id":{"$oid":"5f1e2d3c4b5a697887766555"},"nick":"旧","url":"/a/","comment":"<p>二</p>","created":{"$numberLong":"1595000060000"},"pid":"5f1e2d3c4b5a697887766554","rid":"5f1e2d3c4b5a697887766554"}',
    ].join('\n');
    expect(outline(readTwikooExport(lines).comments)).toEqual([
      ['5f1e2d3c4b5a697887766554', 'approved', '-', '-', '2020-07-17T15:33:20.000Z'],
      ['5f1e2d3c4b5a697887766555', 'approved', '5f1e2d3c4b5a697887766554', '5f1e2d3c4b5a697887766554', '2020-07-17T15:34:20.000Z'],
    ]);
  });

  it('skips an item that is no object, and one whose created is no date, with the field', () => {
    const rows = [{ _id: 'x1', url: '/a/', comment: '<p>a</p>', created: 'yesterday' }, 'oops'];
    expect(readTwikooExport(JSON.stringify(rows)).skipped).toEqual([{ id: 'x1', reason: 'created: not a date' }, { reason: 'not an object' }]);
  });
});

describe('a Valine export (LeanCloud)', () => {
  const text = fixture('valine.jsonl');
  const { comments, skipped } = readValineExport(text);
  const [root, reply] = ['5cf24a5d0237d7006a6d3b01', '5cf24b120237d7006a6d3b02'];

  it('reads five comments and skips the line cut off', () => {
    expect(comments).toHaveLength(5);
    expect(skipped).toEqual([{ reason: 'line 6: not a JSON object' }]);
  });

  it('threads by rid and pid, dates by insertedAt (createdAt for rows without), and isSpam as spam', () => {
    expect(outline(comments)).toEqual([
      [root, 'approved', '-', '-', '2019-06-01T10:00:00.000Z'],
      [reply, 'approved', root, root, '2019-06-01T11:20:00.000Z'],
      ['5cf24c7a0237d7006a6d3b03', 'approved', root, reply, '2019-06-01T12:00:00.000Z'],
      ['5cf24d3343e78c0068a1b604', 'spam', '-', '-', '2019-06-02T03:00:00.000Z'],
      ['5b8e1f2a9f545400350a0c05', 'approved', '-', '-', '2018-09-04T07:30:00.000Z'],
    ]);
  });

  it('keeps raw and encoded paths, the site as typed and the HTML as stored', () => {
    expect(comments.map((c) => c.url)).toEqual(['/2019/06/旅行/', '/2019/06/旅行/', '/2019/06/旅行/', '/2019/06/旅行/', '/2019/06/%E6%97%85%E8%A1%8C/index.html']);
    expect(comments[0]).toMatchObject({ source: 'valine', authorName: '江南', email: 'jiangnan@example.com', site: 'jiangnan.example', body: '<p>照片拍得真好！</p>\n' });
    expect(comments[1]?.body).toBe(`<p><a class="at" href="#${root}">@江南 </a> , 是用手机拍的吗？</p>\n`);
  });

  it('reads the same rows from LeanCloud China’s {"results": […]} document and from a one-line file', () => {
    const rows = text.split('\n').slice(0, 5).map((line) => JSON.parse(line));
    const document = readValineExport(JSON.stringify({ results: rows, className: 'Comment' }, null, 2));
    expect(document).toEqual({ comments, skipped: [] });
    expect(readValineExport(JSON.stringify(rows[0])).comments).toEqual([comments[0]]);
  });
});

describe('telling the format from the content', () => {
  it('picks each fixture’s format and reads it as its own reader does', () => {
    for (const [name, format, read] of [
      ['waline.json', 'waline', readWalineExport],
      ['twikoo.json', 'twikoo', readTwikooExport],
      ['valine.jsonl', 'valine', readValineExport],
    ] as const) {
      const text = fixture(name);
      expect(readCommentExport(text)).toEqual({ format, ...read(text) });
    }
  });

  it('refuses what is no export with an error naming what it found', () => {
    expect(() => readCommentExport('')).toThrow('Not a comment export: the file is empty');
    expect(() => readCommentExport('<?xml version="1.0"?><disqus/>')).toThrow(/^Not a comment export: not JSON \(/);
    expect(() => readCommentExport('{"posts": [], "site": "blog"}')).toThrow(
      'Not a Waline, Twikoo or Valine comment export: found a JSON object with "posts", "site"',
    );
    expect(() => readCommentExport('[1, 2]')).toThrow('found a JSON array of 2 items, none an object with an "_id" or "objectId"');
    expect(() => readCommentExport('{"id": 1}\n{"id": 2}')).toThrow('found 2 JSON lines, none with an "_id" or "objectId"');
    expect(() => readCommentExport('"comments"')).toThrow('found a JSON string');
  });

  it('has each reader refuse another service’s export', () => {
    expect(() => readTwikooExport(fixture('valine.jsonl'))).toThrow('Not a Twikoo export: this is a Valine export');
    expect(() => readWalineExport(fixture('twikoo.json'))).toThrow('Not a Waline export: this is a Twikoo export');
  });
});
