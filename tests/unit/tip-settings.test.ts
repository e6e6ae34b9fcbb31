import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tipSettingsFor } from '@/lib/content';
import { loadContent } from '@/lib/content/load';
import { tipSettingsSchema } from '@/lib/content/schema';
import { site } from '@/lib/site';
import { fillAmount, formatYuan, normalizeTipAmount, parseYuan } from '@/lib/tip-input';
import { post, useTempDirs, writeFiles } from './helpers';

const newTempDir = useTempDirs();

/** Loads one author profile (`tip:` block as YAML lines) and returns the index. */
async function loadProfile(tipYaml: string) {
  const contentDir = await newTempDir();
  await writeFiles(contentDir, {
    'authors/lin.yml': `name: 林间\nslug: lin\n${tipYaml}`,
    'articles/a.md': post('title: a\nauthor: 林间'),
  });
  return loadContent({ contentDir, articlesDir: path.join(contentDir, 'articles'), timeZone: 'Asia/Shanghai' });
}

describe('author tip settings', () => {
  it('reads every field', async () => {
    const index = await loadProfile(
      [
        'tip:',
        '  wechat: /images/tips/wechat.png',
        '  alipay: https://cdn.example.com/alipay.jpg',
        '  links:',
        '    - label: 爱发电',
        '      url: https://example.com/pay?amount={amount}',
        '  message: 谢谢！',
      ].join('\n'),
    );
    expect(index.problems).toEqual([]);
    expect(index.authorBySlug.get('lin')?.tip).toEqual({
      wechat: '/images/tips/wechat.png',
      alipay: 'https://cdn.example.com/alipay.jpg',
      links: [{ label: '爱发电', url: 'https://example.com/pay?amount={amount}' }],
      message: '谢谢！',
    });
  });

  it('leaves tip unset for a profile without it', async () => {
    const index = await loadProfile('');
    expect(index.problems).toEqual([]);
    expect(index.authorBySlug.get('lin')?.tip).toBeUndefined();
  });

  it.each([
    ['a misspelt key', 'tip:\n  wehcat: /a.png', 'tip', /wehcat/],
    ['a key of a link it does not know', 'tip:\n  links:\n    - label: x\n      url: https://example.com/\n      amount: 5', 'tip.links.0', /amount/],
    ['an image path without the leading slash', 'tip:\n  wechat: images/a.png', 'tip.wechat', /starting with "\/"/],
    ['a javascript: image', 'tip:\n  alipay: "javascript:alert(1)"', 'tip.alipay', /http\(s\) URL/],
    ['a link that is not a URL', 'tip:\n  links:\n    - label: x\n      url: pay here {amount}', 'tip.links.0.url', /http\(s\) URL/],
    ['a link to another scheme', 'tip:\n  links:\n    - label: x\n      url: "javascript:pay({amount})"', 'tip.links.0.url', /http\(s\) URL/],
    ['a misspelt placeholder', 'tip:\n  links:\n    - label: x\n      url: https://example.com/?a={amont}', 'tip.links.0.url', /no placeholder other than \{amount\}/],
    ['a link without a label', 'tip:\n  links:\n    - url: https://example.com/', 'tip.links.0.label', /./],
  ])('rejects %s, naming the field', async (_name, yaml, field, message) => {
    const index = await loadProfile(yaml);
    expect(index.problems).toContainEqual(expect.objectContaining({ file: path.join('authors', 'lin.yml'), field, message: expect.stringMatching(message), severity: 'error' }));
    // A broken profile is left out, as for any other profile error.
    expect(index.authorBySlug.get('lin')?.tip).toBeUndefined();
  });

  it('accepts the site default', () => {
    expect(tipSettingsSchema.safeParse(site.tipDefaults).success).toBe(true);
  });
});

describe('tipSettingsFor', () => {
  it('prefers the author’s own settings, else the site default', () => {
    const own = { wechat: '/own.png', links: [] };
    expect(tipSettingsFor({ tip: own })).toBe(own);
    expect(tipSettingsFor({})).toBe(site.tipDefaults);
  });

  it('is undefined when the settings offer no way to pay, even with a message', () => {
    expect(tipSettingsFor({ tip: { links: [], message: '谢谢' } })).toBeUndefined();
  });
});

describe('amounts', () => {
  it.each([
    ['5', 500],
    ['5.2', 520],
    ['5.20', 520],
    ['0.05', 5],
    [' 10 ', 1000],
    ['５．２', 520],
  ])('parses %j as %i fen', (text, fen) => {
    expect(parseYuan(text)).toBe(fen);
  });

  it.each(['', '5.', '.5', '5.123', '-5', '1e3', '5元', 'NaN', '12345678'])('refuses %j', (text) => {
    expect(parseYuan(text)).toBeUndefined();
  });

  it('writes whole yuan without decimals and anything else with two', () => {
    expect([500, 520, 505, 1].map(formatYuan)).toEqual(['5', '5.20', '5.05', '0.01']);
  });

  it('keeps a custom amount within the limits, normalised', () => {
    expect(normalizeTipAmount('5.2')).toBe('5.20');
    expect(normalizeTipAmount('2000')).toBe('2000');
    expect(normalizeTipAmount('0.99')).toBeUndefined();
    expect(normalizeTipAmount('2000.01')).toBeUndefined();
  });
});

describe('fillAmount', () => {
  it('puts the amount in place of every {amount}', () => {
    expect(fillAmount('https://example.com/pay?amount={amount}', '5')).toBe('https://example.com/pay?amount=5');
    expect(fillAmount('https://example.com/pay/{amount}?total={amount}', '5.20')).toBe('https://example.com/pay/5.20?total=5.20');
  });

  it('leaves a link without the placeholder as it is', () => {
    expect(fillAmount('https://example.com/donate', '5')).toBe('https://example.com/donate');
  });
});
