// Writes the articles of the `xss` test server (xss.spec.ts) into --out, replacing what was there:
// for every vector in tests/fixtures/xss-vectors.json, one article with the vector in its body
// (body-NNN.md), and one with it in the title, description, author, category, tag, cover and an
// image's alt text and URL (meta-NNN.md, the newest, so they fill the feeds too).
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
console.log(`${xssVectors.length * 2} articles in ${args.out}`);
