import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '@/lib/search/build';
import { packSearchIndex } from '@/lib/search/packed';
import { searchDocument as doc } from './helpers';
import { queryTerms, searchIndex } from '@/lib/search/query';
import { toSimplifiedChars } from '@/lib/search/simplified';
import { highlightSnippet } from '@/lib/search/snippet';
import { foldText } from '@/lib/search/tokenize';


describe('the Traditional → Simplified fold', () => {
  it('writes Traditional characters in their Simplified form', () => {
    expect(toSimplifiedChars('電商')).toBe('电商');
    expect(toSimplifiedChars('京東、拼多多佈局的新風口')).toBe('京东、拼多多布局的新风口');
    // Taiwan's forms and OpenCC's inherited ones alike.
    expect(toSimplifiedChars('為了裡面，爲了裏面')).toBe('为了里面，为了里面');
  });

  it('leaves Simplified text, Latin and characters without a single Simplified form as they are', () => {
    const simplified = '去中心化：阿里、京东、拼多多布局的新风口 Docker 1.17';
    expect(toSimplifiedChars(simplified)).toBe(simplified);
  });

  it('keeps every character at its index, outside the BMP too', () => {
    const text = '𠮷野家的電商，ＰＭＩ　５３，京東';
    const folded = foldText(text);
    expect(folded).toHaveLength(text.length);
    expect(folded).toBe('𠮷野家的电商,pmi 53,京东');
  });
});

describe('search in either script', () => {
  const documents = [
    doc({ slug: 'traditional', title: '電商平台的去中心化', body: '京東與拼多多的新風口，在於社交電商。' }),
    doc({ slug: 'simplified', title: '直播带货', body: '直播是电商的新渠道，主播撮合买家和卖家。' }),
    doc({ slug: 'neither', title: '中文排版', body: '标点挤压与行高。' }),
  ];
  const index = packSearchIndex(buildSearchIndex(documents));
  const slugs = (query: string) => searchIndex(index, query, { pageSize: 10 }).hits.map((h) => h.slug);

  it('finds an article written in Traditional by a Simplified query', () => {
    expect(slugs('京东')).toEqual(['traditional']);
    expect(slugs('新风口')).toEqual(['traditional']);
  });

  it('finds an article written in Simplified by a Traditional query', () => {
    expect(slugs('主播撮合買家')).toEqual(['simplified']);
  });

  it('gives a query the same results in both scripts', () => {
    expect(slugs('電商').sort()).toEqual(['simplified', 'traditional']);
    expect(slugs('電商')).toEqual(slugs('电商'));
    expect(searchIndex(index, '電商', { pageSize: 10 })).toEqual(searchIndex(index, '电商', { pageSize: 10 }));
  });

  it('marks the match in the original Traditional text', () => {
    const matchers = queryTerms('京东').units.map((u) => ({ text: u.term, wholeWord: false }));
    expect(highlightSnippet('京東與拼多多的新風口', matchers)).toBe('<mark>京東</mark>與拼多多的新風口');
  });
});
