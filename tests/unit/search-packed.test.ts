import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '@/lib/search/build';
import { documentText, packSearchIndex, postingsOf } from '@/lib/search/packed';
import { decodeSearchIndexFile, encodeSearchIndexFile } from '@/lib/search/packed-file';
import { searchDocument as doc } from './helpers';

describe('the packed search index', () => {
  const documents = [
    doc({ slug: 'a', date: '2024-03-01T08:00:00.000Z', title: '撮合平台', body: '平台撮合买家和卖家。' }),
    doc({ slug: 'b', date: '2019-12-31T23:59:59.000Z', body: 'constructor __proto__ toString 😀 表情与𠀋字' }),
    doc({ slug: 'c', title: '无正文', body: '' }),
    doc({ slug: 'd', title: '中介', body: '撮合'.repeat(500) }),
  ];
  const built = buildSearchIndex(documents);
  const packed = packSearchIndex(structuredClone(built));

  it('holds every posting list of both namespaces as built, and nothing else', () => {
    for (const ns of ['words', 'bigrams'] as const) {
      expect([...packed.terms[ns].keys()].sort()).toEqual(Object.keys(built[ns]).sort());
      for (const term of Object.keys(built[ns])) expect(Array.from(postingsOf(packed, ns, term)!), `${ns} ${term}`).toEqual(built[ns][term]);
    }
    const lists = [...Object.values(built.words), ...Object.values(built.bigrams)];
    expect(packed.postings).toHaveLength(lists.reduce((n, list) => n + list.length, 0));
  });

  it('finds no list for a term no document holds, nor for names on Object.prototype', () => {
    expect(postingsOf(packed, 'words', '不存在')).toBeUndefined();
    expect(postingsOf(packed, 'bigrams', 'constructor')).toBeUndefined();
    expect(postingsOf(packed, 'words', 'hasOwnProperty')).toBeUndefined();
    expect(postingsOf(packed, 'words', '__proto__')).toBeUndefined();
    expect(Array.from(postingsOf(packed, 'words', 'constructor')!)).toEqual(built.words['constructor']);
  });

  it('gives back every document text exactly, surrogate pairs and empty texts included', () => {
    built.docs.texts.forEach((text, i) => expect(documentText(packed, i)).toBe(text));
    expect(documentText(packed, 1)).toContain('😀 表情与𠀋字');
    expect(documentText(packed, 2)).toBe('');
  });

  it('keeps slugs and dates in document order', () => {
    expect(packed.slugs).toEqual(['a', 'b', 'c', 'd']);
    expect(Array.from(packed.dates)).toEqual(built.docs.dates);
  });

  it('keeps the lists and texts off the JavaScript heap, in one typed array and one buffer', () => {
    expect(packed.postings).toBeInstanceOf(Int32Array);
    expect(postingsOf(packed, 'bigrams', '撮合')!.buffer).toBe(packed.postings.buffer);
    expect(Buffer.isBuffer(packed.texts)).toBe(true);
    expect(packed.texts.byteLength).toBe(built.docs.texts.reduce((n, t) => n + Buffer.byteLength(t), 0));
  });

  it('comes back from its file as it went in, and viewed, not copied', () => {
    const bytes = Buffer.concat(encodeSearchIndexFile({ fingerprint: 'f1', index: packed }));
    const stored = decodeSearchIndexFile(bytes);
    expect(stored).toEqual({ fingerprint: 'f1', index: packed });
    expect(typeof stored !== 'string' && stored.index.postings.buffer).toBe(bytes.buffer);
  });

  it('is read from bytes that do not start on a multiple of four', () => {
    const bytes = Buffer.concat(encodeSearchIndexFile({ fingerprint: 'f1', index: packed }));
    const shifted = Buffer.concat([Buffer.alloc(1), bytes]).subarray(1);
    expect(shifted.byteOffset % 4).not.toBe(0);
    expect(decodeSearchIndexFile(shifted)).toEqual({ fingerprint: 'f1', index: packed });
  });
});
