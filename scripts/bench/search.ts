// Search at scale: builds indexes of 1,000 and 10,000 articles made from the real corpus and
// prints build time, JSON size, load time and query latency (each query ranks everything and makes
// the first page's snippets, as the search page does).
//
//   npm run bench -- search [--corpus ../shared/corpus] [--sizes 1000,10000]
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex, type SearchDocument, type SearchIndex } from '@/lib/search/build';
import { collectSearchDocuments } from '@/lib/search/documents';
import { normalizeQuery, searchIndex } from '@/lib/search/query';
import { site } from '@/lib/site';
import relevanceCases from '../../tests/unit/search-relevance.json';
import { SHARED_CORPUS } from './corpus';
import { random } from './random';

/** The relevance queries, plus single characters, common words, Latin, nonsense and a long query. */
const QUERIES = [
  ...relevanceCases.map((c) => c.query),
  '的',
  '产品',
  '互联网',
  '用户体验',
  'docker',
  'Kubernetes 网络',
  'qwxzvbnm',
  '如何在没有人带的情况下快速进入一个新的领域并且在两年之内成为这个行业里真正懂产品的人',
];
const RUNS_PER_QUERY = 5;

const sentences = (text: string) => text.split(/(?<=[。！？!?\n])/).filter((s) => s.trim());

/**
 * Article `i` of a generated site: a corpus article's sentences, rotated and interleaved with a
 * second article's, under a title joining both, dated `i` hours apart. Sizes and vocabulary follow
 * the corpus.
 */
function generate(corpus: SearchDocument[], count: number): SearchDocument[] {
  return Array.from({ length: count }, (_, i) => {
    const next = random(i + 1);
    const base = corpus[i % corpus.length]!;
    const other = corpus[Math.floor(next() * corpus.length)]!;
    const own = sentences(base.body);
    const borrowed = sentences(other.body);
    const shift = Math.floor(next() * Math.max(1, own.length));
    const body = [...own.slice(shift), ...own.slice(0, shift)]
      .flatMap((s, j) => (j % 3 === 2 && borrowed.length ? [s, borrowed[j % borrowed.length]!] : [s]))
      .join('');
    return {
      ...base,
      slug: `${base.slug}-${i}`,
      title: `${base.title}：${Array.from(other.title).slice(0, 8).join('')}`,
      date: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString(),
      excerpt: Array.from(body).slice(0, site.excerptLength).join(''),
      body,
    };
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

function measureQueries(index: SearchIndex): number[] {
  const queries = QUERIES.map((q) => normalizeQuery(q));
  for (const q of queries) searchIndex(index, q, { pageSize: site.pageSize }); // warm-up
  const timings: number[] = [];
  for (let run = 0; run < RUNS_PER_QUERY; run++) {
    for (const q of queries) {
      const started = performance.now();
      searchIndex(index, q, { pageSize: site.pageSize });
      timings.push(performance.now() - started);
    }
  }
  return timings.sort((a, b) => a - b);
}

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { corpus: { type: 'string', default: SHARED_CORPUS }, sizes: { type: 'string', default: '1000,10000' } } });
  // The content layer reads its folders once, on first use; point it at the corpus before that.
  process.env.CONTENT_DIR = process.env.ARTICLES_DIR = path.resolve(values.corpus);
  const corpus = await collectSearchDocuments();
  const corpusChars = corpus.reduce((sum, d) => sum + d.body.length, 0);
  console.log(`corpus: ${corpus.length} articles from ${values.corpus}, ${Math.round(corpusChars / corpus.length)} body characters on average`);
  console.log(`queries: ${QUERIES.length}, each run ${RUNS_PER_QUERY} times after a warm-up; page size ${site.pageSize}`);

  for (const size of values.sizes.split(',').map(Number)) {
    const documents = generate(corpus, size);
    let started = performance.now();
    const index = buildSearchIndex(documents);
    const buildMs = performance.now() - started;
    started = performance.now();
    const json = JSON.stringify(index);
    const serializeMs = performance.now() - started;
    const textBytes = Buffer.byteLength(JSON.stringify(index.docs.texts));
    started = performance.now();
    const loaded = JSON.parse(json) as SearchIndex;
    const loadMs = performance.now() - started;
    const timings = measureQueries(loaded);
    console.log(
      [
        `\n${size.toLocaleString('en')} articles`,
        `  index build      ${ms(buildMs)} (+ ${ms(serializeMs)} to serialize)`,
        `  index size       ${mib(Buffer.byteLength(json))} of JSON (${mib(textBytes)} of it body text for snippets); ${Object.keys(index.words).length.toLocaleString('en')} words, ${Object.keys(index.bigrams).length.toLocaleString('en')} bigrams`,
        `  index load       ${ms(loadMs)} (JSON.parse)`,
        `  query latency    p50 ${ms(percentile(timings, 50))}, p95 ${ms(percentile(timings, 95))}, max ${ms(timings.at(-1)!)} over ${timings.length} queries`,
      ].join('\n'),
    );
  }
}
