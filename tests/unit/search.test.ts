import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchDocument } from '@/lib/search/build';
import { searchDocument as doc } from './helpers';
import { MAX_QUERY_LENGTH, MAX_QUERY_TERMS, normalizeQuery, queryTerms, searchIndex } from '@/lib/search/query';
import { packSearchIndex } from '@/lib/search/packed';
import { highlightSnippet } from '@/lib/search/snippet';
import { bigrams, foldText, tokenize } from '@/lib/search/tokenize';


const slugsFor = (documents: SearchDocument[], query: string) => searchIndex(packSearchIndex(buildSearchIndex(documents)), query, { pageSize: 10 }).hits.map((h) => h.slug);

describe('tokenize', () => {
  it('cuts Chinese into words and overlapping bigrams', () => {
    const { words, bigrams: pairs } = tokenize('撮合和中介');
    expect(words).toEqual(['撮合', '和', '中介']);
    expect(pairs).toEqual(['撮合', '合和', '和中', '中介']);
  });

  it('keeps Latin words whole and lower-cased, and splits them from Chinese', () => {
    expect(tokenize('Hello, World! Kubernetes').words).toEqual(['hello', 'world', 'kubernetes']);
    expect(tokenize('用Docker部署Go 1.17').words).toEqual(['用', 'docker', '部署', 'go', '1', '17']);
    expect(tokenize('用Docker部署').bigrams).toEqual(['部署']);
  });

  it('reads full-width letters, digits and spaces as half-width', () => {
    expect(foldText('ＰＭＩ　５３')).toBe('pmi 53');
    expect(tokenize('服务业ＰＭＩ升至５３').words).toEqual(expect.arrayContaining(['pmi', '53']));
  });

  it('folds without moving any character', () => {
    const text = 'İstanbul ＡＢＣ 𠮷野家';
    expect(foldText(text)).toHaveLength(text.length);
  });

  it('makes bigrams of characters, not UTF-16 halves', () => {
    expect(bigrams('𠮷野家')).toEqual(['𠮷野', '野家']);
  });

  it('ignores punctuation and symbols', () => {
    expect(tokenize('——“”！？…… <>&')).toEqual({ words: [], bigrams: [] });
  });
});

describe('ranking', () => {
  it('puts a title match above body matches, however many', () => {
    const documents = [
      doc({ slug: 'body', body: '撮合'.repeat(50) + '，撮合的角色。' }),
      doc({ slug: 'title', title: '撮合平台', body: '与主题相关的正文，只提一次撮合。' }),
    ];
    expect(slugsFor(documents, '撮合')).toEqual(['title', 'body']);
  });

  it('breaks a tie with the newer article', () => {
    const same = { title: '中文排版', body: '标点挤压与行高。' };
    const documents = [
      doc({ slug: 'older', date: '2020-01-01T00:00:00.000Z', ...same }),
      doc({ slug: 'newer', date: '2023-01-01T00:00:00.000Z', ...same }),
      doc({ slug: 'middle', date: '2021-06-01T00:00:00.000Z', ...same }),
    ];
    expect(slugsFor(documents, '排版')).toEqual(['newer', 'middle', 'older']);
  });

  it('ranks an article holding the whole query above one holding part of it', () => {
    const documents = [
      doc({ slug: 'part', body: '拼多多拼多多拼多多的增长。' }),
      doc({ slug: 'whole', body: '拼多多的砍一刀。' }),
    ];
    expect(slugsFor(documents, '拼多多 砍一刀')[0]).toBe('whole');
  });

  it('matches a two-character query inside a longer word, and Latin words in any case', () => {
    const documents = [doc({ slug: 'fee', body: '中介费和撮合费是经典的互联网模式。' }), doc({ slug: 'k8s', body: 'KUBERNETES 集群' })];
    expect(slugsFor(documents, '撮合')).toEqual(['fee']);
    expect(slugsFor(documents, 'Kubernetes')).toEqual(['k8s']);
    expect(slugsFor(documents, 'ｋｕｂｅｒｎｅｔｅｓ')).toEqual(['k8s']);
  });

  it('finds a body by its bigrams, and a one-character query by the title or excerpt only', () => {
    // The segmenter cuts 泛型 into single characters; only the title and excerpt are segmented.
    const documents = [doc({ slug: 'body', body: '泛型编程的平台。' }), doc({ slug: 'title', title: '泛型' }), doc({ slug: 'excerpt', excerpt: '什么是泛型' })];
    expect(slugsFor(documents, '泛型编程')).toEqual(['body']);
    expect(slugsFor(documents, '型').sort()).toEqual(['excerpt', 'title']);
  });

  it('finds title, tags, categories and author', () => {
    const documents = [doc({ slug: 'tagged', tags: ['产业互联网'] }), doc({ slug: 'filed', categories: ['新媒体', '少数派'] }), doc({ slug: 'by', author: '林间拾字' })];
    expect(slugsFor(documents, '产业互联网')).toEqual(['tagged']);
    expect(slugsFor(documents, '少数派')).toEqual(['filed']);
    expect(slugsFor(documents, '林间')).toEqual(['by']);
  });

  it('does not return an article that holds less than half of the query', () => {
    expect(slugsFor([doc({ slug: 'a', body: '只有平台二字。' })], '中心化平台')).toEqual([]);
  });

  it('pages through the results', () => {
    const documents = Array.from({ length: 25 }, (_, i) => doc({ slug: `a${i}`, date: `2020-01-${String(i + 1).padStart(2, '0')}T00:00:00.000Z`, body: '中文排版。' }));
    const index = packSearchIndex(buildSearchIndex(documents));
    const second = searchIndex(index, '排版', { page: 2, pageSize: 10 });
    expect(second).toMatchObject({ total: 25, page: 2, totalPages: 3 });
    expect(second.hits.map((h) => h.slug)).toEqual(Array.from({ length: 10 }, (_, i) => `a${14 - i}`));
    expect(searchIndex(index, '排版', { page: 4, pageSize: 10 }).hits).toEqual([]);
  });

  it('survives a JSON round trip unchanged', () => {
    const documents = [doc({ slug: 'a', title: '撮合平台' }), doc({ slug: 'b', body: 'constructor __proto__ toString' })];
    const index = buildSearchIndex(documents);
    const reloaded = JSON.parse(JSON.stringify(index)) as typeof index;
    for (const query of ['撮合', 'constructor', '__proto__', 'tostring']) {
      expect(searchIndex(packSearchIndex(reloaded), query, { pageSize: 10 })).toEqual(searchIndex(packSearchIndex(index), query, { pageSize: 10 }));
    }
    expect(slugsFor(documents, '__proto__')).toEqual(['b']);
  });
});

describe('snippets', () => {
  const text = `${'前言。'.repeat(40)}在中心化商业模式的主导之下，平台扮演的关键角色就是撮合和中介。${'后文。'.repeat(40)}`;

  it('show the text around the first match, with the match marked', () => {
    const html = highlightSnippet(text, [{ text: '撮合', wholeWord: false }]);
    expect(html).toMatch(/^…在中心化商业模式/);
    expect(html).toContain('<mark>撮合</mark>和中介');
    expect(html.endsWith('…')).toBe(true);
  });

  it('mark a whole run once when its bigrams overlap', () => {
    const html = highlightSnippet('去中心化的浪潮', queryTerms('中心化').units.map((u) => ({ text: u.term, wholeWord: false })));
    expect(html).toBe('去<mark>中心化</mark>的浪潮');
  });

  it('mark Latin words whatever their case, only as whole words', () => {
    const html = highlightSnippet('Go 与 Google、GO 语言', [{ text: 'go', wholeWord: true }]);
    expect(html).toBe('<mark>Go</mark> 与 Google、<mark>GO</mark> 语言');
  });

  it('escape the text, matches included', () => {
    const html = highlightSnippet('<script>alert("x")</script> & <b>撮合</b>', [{ text: '撮合', wholeWord: false }]);
    expect(html).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;<mark>撮合</mark>&lt;/b&gt;');
  });

  it('start at the beginning when only the title matched', () => {
    expect(highlightSnippet('正文开头。', [{ text: '标题', wholeWord: false }])).toBe('正文开头。');
  });

  it('never cut a surrogate pair in half', () => {
    const html = highlightSnippet(`${'𠮷'.repeat(100)}撮合${'𠮷'.repeat(100)}`, [{ text: '撮合', wholeWord: false }]);
    expect(html).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(html).toContain('<mark>撮合</mark>');
  });
});

describe('hostile queries', () => {
  const index = packSearchIndex(buildSearchIndex([doc({ slug: 'a', title: '撮合 (a+b)*', body: '正文 <b>撮合</b> $1 \\d+ [x]' })]));

  it('cuts a 10,000-character query to MAX_QUERY_LENGTH characters and a bounded number of terms', () => {
    // 10,000 different Han characters: every bigram of the query is a new term.
    const query = normalizeQuery(Array.from({ length: 10_000 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7) % 20_000))).join(''));
    expect(Array.from(query)).toHaveLength(MAX_QUERY_LENGTH);
    expect(queryTerms(query).units).toHaveLength(MAX_QUERY_TERMS);
    expect(queryTerms(query).words.length).toBeLessThanOrEqual(MAX_QUERY_TERMS);
    const latin = queryTerms(Array.from({ length: 60 }, (_, i) => `w${i}`).join(' '));
    expect(latin.units.map((u) => u.term)).toEqual(Array.from({ length: MAX_QUERY_TERMS }, (_, i) => `w${i}`));
  });

  it('drops lone surrogates and control characters, and never splits a pair when cutting', () => {
    expect(normalizeQuery('撮\ud800合\udc00\u0000\u200b')).toBe('撮合');
    const cut = normalizeQuery('a'.repeat(MAX_QUERY_LENGTH - 1) + '𠮷𠮷');
    expect(cut.endsWith('𠮷')).toBe(true);
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('takes the first value of a repeated parameter', () => {
    expect(normalizeQuery(['撮合', '中介'])).toBe('撮合');
    expect(normalizeQuery(undefined)).toBe('');
  });

  it('treats regex characters and HTML as plain text', () => {
    for (const query of ['(a+b)*', '.*', '[x]', '\\d+', '$1', '^$', '<b>撮合</b>', '"><script>alert(1)</script>']) {
      const results = searchIndex(index, normalizeQuery(query), { pageSize: 10 });
      for (const hit of results.hits) expect(hit.snippet).not.toMatch(/<(?!\/?mark>)/);
    }
    // The body really holds the text "<b>", so the query's word b matches it, as text.
    expect(searchIndex(index, '<b>撮合</b>', { pageSize: 10 }).hits[0]?.snippet).toContain('&lt;<mark>b</mark>&gt;<mark>撮合</mark>&lt;/<mark>b</mark>&gt;');
  });

  it('finds nothing for a query of punctuation only', () => {
    expect(searchIndex(index, normalizeQuery('！？。……——'), { pageSize: 10 })).toMatchObject({ total: 0, hits: [] });
  });
});
