// Writes the articles of the `xss` test server (xss.spec.ts) into --out, replacing what was there:
// for every vector in tests/fixtures/xss-vectors.json, one article with the vector in its body
// (body-NNN.md), and one with it in the title, description, author, category, tag, cover and an
// image's alt text and URL (meta-NNN.md, the newest, so they fill the feeds too). Beside them,
// broken files (broken/): the build must leave out those Hexo would not publish, publish the others
// with a warning, and still build every article.
//
//   node tests/e2e/support/xss-content.mjs --out /tmp/yuedu-xss-articles
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { xssVectors } from './xss-vectors.mjs';

const { values: args } = parseArgs({ options: { out: { type: 'string' } } });
if (!args.out) {
  console.error('usage: xss-content.mjs --out DIR');
  process.exit(2);
}

/** A YAML value: JSON is valid YAML, and quotes every character as it is. */
const yaml = (value) => JSON.stringify(value);
const number = (i) => String(i).padStart(3, '0');
/** Body articles on one day, metadata articles on the next: both in a stable order, newest last written. */
const date = (day, i) => `2022-01-0${day} ${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00`;

fs.rmSync(args.out, { recursive: true, force: true });
fs.mkdirSync(args.out, { recursive: true });
xssVectors.forEach((vector, i) => {
  const body = [
    '---',
    `title: ${yaml(`正文向量 ${number(i)}`)}`,
    `date: ${date(1, i)}`,
    'author: 测试作者',
    'categories: [[XSS, 正文]]',
    '---',
    `向量 ${number(i)} 之前的段落。`,
    '',
    vector,
    '',
    `向量 ${number(i)} 之后的段落。`,
    '',
  ];
  fs.writeFileSync(path.join(args.out, `body-${number(i)}.md`), body.join('\n'));
  const meta = [
    '---',
    `title: ${yaml(vector)}`,
    `description: ${yaml(vector)}`,
    `date: ${date(2, i)}`,
    `author: ${yaml(vector)}`,
    `categories: [[XSS, ${yaml(vector)}]]`,
    `tags: [${yaml(vector)}]`,
    `cover: ${yaml(vector)}`,
    '---',
    `![${vector}](${vector})`,
    '',
    `<img alt=${yaml(vector)} src=${yaml(vector)}>`,
    '',
    `元数据向量 ${number(i)} 的正文。`,
    '',
  ];
  fs.writeFileSync(path.join(args.out, `meta-${number(i)}.md`), meta.join('\n'));
});
/**
 * Files the build must report: the ones Hexo could not publish are left out (each would otherwise be
 * the article `broken-<name>`); no title, a day that does not exist and a slug already taken are
 * published as Hexo would, with a warning.
 */
const brokenFiles = {
  'broken/yaml.md': '---\ntitle: [没有收尾\nslug: broken-yaml\n---\n正文',
  'broken/no-title.md': '---\nslug: broken-no-title\ndate: 2022-01-01\n---\n正文',
  'broken/date.md': '---\ntitle: 日期\nslug: broken-date\ndate: 2022-02-30\n---\n正文',
  'broken/gbk.md': Buffer.concat([Buffer.from('---\ntitle: 编码\nslug: broken-gbk\n---\n'), Buffer.from([0xc4, 0xe3, 0xba, 0xc3])]),
  'broken/binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  'broken/throws.mdx': '---\ntitle: 渲染时出错\nslug: broken-throws\ndate: 2022-01-01\n---\n{missing.value}',
  'broken/same-slug.md': '---\ntitle: 抢占别人的地址\nslug: body-000\ndate: 2022-01-01\n---\n另一篇',
};
for (const [file, bytes] of Object.entries(brokenFiles)) {
  fs.mkdirSync(path.join(args.out, path.dirname(file)), { recursive: true });
  fs.writeFileSync(path.join(args.out, file), bytes);
}
// A link back to the folder it sits in (relative, so a copy of the folder keeps the loop).
fs.symlinkSync('..', path.join(args.out, 'broken', 'loop'));
console.log(`${xssVectors.length * 2} articles and ${Object.keys(brokenFiles).length} broken files in ${args.out}`);
