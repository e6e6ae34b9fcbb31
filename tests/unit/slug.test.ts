import { describe, expect, it } from 'vitest';
import { decodeParam, deriveSlug, isValidSlug, slugify } from '@/lib/content/slug';

/** True when the string holds half of a surrogate pair on its own. */
const hasLoneSurrogate = (text: string) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe('slugify', () => {
  it('keeps Chinese characters as they are', () => {
    expect(slugify('去中心化')).toBe('去中心化');
    expect(slugify('去中心化：阿里、京东、拼多多布局的新风口')).toBe('去中心化-阿里-京东-拼多多布局的新风口');
  });

  it('lower-cases Latin letters and joins words with -', () => {
    expect(slugify('Go Generics')).toBe('go-generics');
    expect(slugify('B端交互｜如何制定B端项目全局框架')).toBe('b端交互-如何制定b端项目全局框架');
    expect(slugify('Podman 和Docker对比')).toBe('podman-和docker对比');
  });

  it('turns every run of ASCII or full-width punctuation and spaces into a single -', () => {
    expect(slugify('  Hello,   World!! ')).toBe('hello-world');
    expect(slugify('「引号」《书名》——破折号……')).toBe('引号-书名-破折号');
    expect(slugify('问：为什么？答：因为！')).toBe('问-为什么-答-因为');
    expect(slugify('a/b?c#d%e&f=g+h')).toBe('a-b-c-d-e-f-g-h');
    expect(slugify('1+1=1…吧？')).toBe('1-1-1-吧');
  });

  it('folds full-width letters and digits to their ASCII forms', () => {
    expect(slugify('ＡＢＣ１２３')).toBe('abc123');
  });

  it('keeps letters outside the Basic Multilingual Plane whole', () => {
    expect(slugify('𠮷野家')).toBe('𠮷野家');
  });

  it('drops emoji, including the invisible variation selector after them', () => {
    expect(slugify('I ❤️ Go')).toBe('i-go');
    expect(slugify('🔥爆款🔥')).toBe('爆款');
  });

  it('keeps combining marks that belong to a letter', () => {
    expect(slugify('cafe\u0301')).toBe('café');
    expect(slugify('हिन्दी')).toBe('हिन्दी');
  });

  it('returns an empty string when there is no letter or digit', () => {
    expect(slugify("+_&~_%！'^……")).toBe('');
    expect(slugify('   ')).toBe('');
  });

  it('cuts long slugs at 80 code points without splitting a surrogate pair', () => {
    const slug = slugify(`${'a'.repeat(79)}𠮷𠮷𠮷`);
    expect(Array.from(slug)).toHaveLength(80);
    expect(slug.endsWith('𠮷')).toBe(true);
    expect(hasLoneSurrogate(slug)).toBe(false);
    expect(() => encodeURIComponent(slug)).not.toThrow();
    // 80 code points but 82 UTF-16 units: a cut by `.length` would have split the pair.
    expect(slugify('𠮷'.repeat(100))).toBe('𠮷'.repeat(80));
  });

  it('does not end a cut slug with -', () => {
    expect(slugify(`${'a'.repeat(79)} bcd`)).toBe('a'.repeat(79));
  });

  it('is idempotent', () => {
    for (const text of ['Go Generics', '去中心化：阿里、京东', 'I ❤️ Go', 'cafe\u0301', `${'长'.repeat(90)}`]) {
      expect(slugify(slugify(text))).toBe(slugify(text));
    }
  });
});

describe('isValidSlug', () => {
  it.each(['go-generics', '去中心化', 'b端交互', '2021', '𠮷野家'])('accepts %j', (slug) => {
    expect(isValidSlug(slug)).toBe(true);
  });

  it.each(['', 'Go', 'go generics', 'go--generics', '-go', 'go-', 'go_generics', '去中心化：阿里', 'a/b'])('refuses %j', (slug) => {
    expect(isValidSlug(slug)).toBe(false);
  });
});

describe('deriveSlug', () => {
  it('uses the file name when it has letters or digits', () => {
    expect(deriveSlug('Go 117泛型尝鲜', '标题', '编程/Go 117泛型尝鲜.md')).toBe('go-117泛型尝鲜');
  });

  it('falls back to the title when the file name is all punctuation', () => {
    expect(deriveSlug("+_&~_%！'^……", '1+1=1…吧？', '新媒体/ZAKER/channel/x.md')).toBe('1-1-1-吧');
  });

  it('falls back to a stable hash of the path when the title is all punctuation too', () => {
    const slug = deriveSlug('……', '？！', 'a/……md');
    expect(slug).toMatch(/^a-[0-9a-f]{8}$/);
    expect(deriveSlug('……', '？！', 'a/……md')).toBe(slug);
    expect(deriveSlug('……', '？！', 'b/……md')).not.toBe(slug);
    expect(isValidSlug(slug)).toBe(true);
  });
});

describe('decodeParam', () => {
  const slug = '去中心化-阿里';

  it('leaves a raw slug alone', () => {
    expect(decodeParam(slug)).toBe(slug);
    expect(decodeParam('go-generics')).toBe('go-generics');
  });

  it('decodes upper-case percent-encoding', () => {
    const encoded = encodeURIComponent(slug);
    expect(encoded).toMatch(/%E5/);
    expect(decodeParam(encoded)).toBe(slug);
  });

  it('decodes lower-case and mixed-case percent-encoding', () => {
    const encoded = encodeURIComponent(slug);
    expect(decodeParam(encoded.toLowerCase())).toBe(slug);
    expect(decodeParam(encoded.replace(/%E5/g, '%e5'))).toBe(slug);
  });

  it('returns malformed encodings unchanged instead of throwing', () => {
    expect(decodeParam('%E5%8E')).toBe('%E5%8E');
    expect(decodeParam('100%')).toBe('100%');
    expect(decodeParam('%zz-a')).toBe('%zz-a');
  });

  it('normalizes decomposed characters so they match slugs', () => {
    expect(decodeParam(encodeURIComponent('cafe\u0301'))).toBe(slugify('café'));
  });

  it('round-trips every derived slug through encodeURIComponent', () => {
    for (const title of ['去中心化：阿里、京东、拼多多布局的新风口', 'Go Generics', '𠮷野家', '1+1=1…吧？']) {
      const derived = slugify(title);
      expect(decodeParam(encodeURIComponent(derived))).toBe(derived);
    }
  });
});
