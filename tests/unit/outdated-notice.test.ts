import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { OutdatedNotice } from '@/components/outdated-notice';
import { ageBetween, outdatedNotice, outdatedSettings, type OutdatedSettings } from '@/lib/content/outdated';
import { readEnv } from '@/lib/env';
import { readHexoSite } from '@/lib/hexo/config';
import { themeOutdatedNotice } from '@/lib/hexo/notice-outdate';
import { site } from '@/lib/site';
import { parse, post, sitesDir } from './helpers';

const ZONE = 'Asia/Shanghai';
const DAY = 86_400_000;
const envWith = (variables: Record<string, string>) => readEnv(variables as NodeJS.ProcessEnv);
const settings = (over: Partial<OutdatedSettings> = {}): OutdatedSettings => ({ enabled: false, days: 365, categories: [], ...over });

const now = new Date('2025-06-01T04:00:00Z');
/** Published four years before `now`, filed under 编程 › 前端, never updated. */
const old = { date: '2021-05-03T02:00:00.000Z', categories: [['编程', '前端']] };

describe('the outdated-notice settings', () => {
  it('are off by default, at the site’s age, with no categories', () => {
    expect(site.outdatedNotice).toEqual({ enabled: false, days: 365, categories: [] });
    expect(outdatedSettings(envWith({}))).toEqual({ enabled: false, days: 365, categories: [] });
  });

  it('take a Hexo theme’s switch and age, and OUTDATED_NOTICE / OUTDATED_NOTICE_DAYS over both', () => {
    expect(outdatedSettings(envWith({}), { enabled: true, days: 680 })).toMatchObject({ enabled: true, days: 680 });
    expect(outdatedSettings(envWith({ OUTDATED_NOTICE: 'off', OUTDATED_NOTICE_DAYS: '30' }), { enabled: true, days: 680 })).toMatchObject({ enabled: false, days: 30 });
    expect(outdatedSettings(envWith({ OUTDATED_NOTICE: 'on' }))).toMatchObject({ enabled: true, days: 365 });
  });

  it('name a variable whose value is wrong', () => {
    expect(() => envWith({ OUTDATED_NOTICE: 'yes' })).toThrow(/OUTDATED_NOTICE/);
    expect(() => envWith({ OUTDATED_NOTICE_DAYS: '0' })).toThrow(/OUTDATED_NOTICE_DAYS: must be 1 or more/);
    expect(() => envWith({ OUTDATED_NOTICE_DAYS: '1.5' })).toThrow(/OUTDATED_NOTICE_DAYS: must be a whole number/);
  });

  it('read Butterfly’s noticeOutdate from the real sites’ theme configs, and nothing from NexT’s', async () => {
    const theme = async (name: string) => themeOutdatedNotice(await readHexoSite(path.join(sitesDir, name)));
    expect(await theme('codehhr__hexo-theme-butterfly-blog-backup')).toEqual({ enabled: true, days: 680 });
    expect(await theme('CCLMSY__Hexo_Blog')).toEqual({ enabled: false, days: 365 });
    expect(await theme('cylong1016__HexoBlog')).toEqual({ enabled: undefined, days: undefined });
    expect(themeOutdatedNotice({ themeConfig: { noticeOutdate: { enable: 'yes', limit_day: -3 } } })).toEqual({ enabled: undefined, days: undefined });
  });
});

describe('whether an article shows the notice', () => {
  it('is never while the site has it off and the article says nothing', () => {
    expect(outdatedNotice(old, settings(), now, ZONE)).toBeUndefined();
  });

  it('is for every old article once the site turns it on', () => {
    expect(outdatedNotice(old, settings({ enabled: true }), now, ZONE)).toEqual({ since: old.date, updated: false, age: { unit: 'years', count: 4 } });
  });

  it('is for the articles of a configured category path and its subcategories, not for a name deeper down', () => {
    expect(outdatedNotice(old, settings({ categories: ['编程'] }), now, ZONE)).toBeDefined();
    expect(outdatedNotice(old, settings({ categories: ['编程/前端'] }), now, ZONE)).toBeDefined();
    expect(outdatedNotice(old, settings({ categories: ['前端', '随笔'] }), now, ZONE)).toBeUndefined();
    expect(outdatedNotice({ ...old, categories: [['随笔'], ['编程', '后端']] }, settings({ categories: ['编程'] }), now, ZONE)).toBeDefined();
  });

  it('follows the article’s own outdated: false over the site and its categories', () => {
    expect(outdatedNotice({ ...old, outdated: false }, settings({ enabled: true, categories: ['编程'] }), now, ZONE)).toBeUndefined();
  });

  it('follows the article’s own outdated: true with the site off, at the site’s age', () => {
    expect(outdatedNotice({ ...old, outdated: true }, settings(), now, ZONE)).toBeDefined();
    expect(outdatedNotice({ ...old, outdated: true }, settings({ days: 5000 }), now, ZONE)).toBeUndefined();
  });

  it('starts on the day the article is `days` old, not a moment before', () => {
    const on = settings({ enabled: true, days: 30 });
    const at = new Date(Date.parse(old.date) + 30 * DAY);
    expect(outdatedNotice(old, on, at, ZONE)).toEqual({ since: old.date, updated: false, age: { unit: 'days', count: 30 } });
    expect(outdatedNotice(old, on, new Date(at.getTime() - 1), ZONE)).toBeUndefined();
  });

  it('counts from the last update when there is one, else from publication', () => {
    const on = settings({ enabled: true });
    const recentlyUpdated = { ...old, updated: '2025-01-10T02:00:00.000Z' };
    expect(outdatedNotice(recentlyUpdated, on, now, ZONE)).toBeUndefined();
    const updatedLongAgo = { ...old, updated: '2022-11-20T02:00:00.000Z' };
    expect(outdatedNotice(updatedLongAgo, on, now, ZONE)).toEqual({ since: updatedLongAgo.updated, updated: true, age: { unit: 'years', count: 2 } });
  });
});

describe('the age a notice states', () => {
  it('is whole years, else whole months, else whole days, rounded down on the site’s wall clock', () => {
    const at = (iso: string) => new Date(iso);
    expect(ageBetween(at('2021-05-03T10:00:00+08:00'), at('2024-05-03T10:00:00+08:00'), ZONE)).toEqual({ unit: 'years', count: 3 });
    expect(ageBetween(at('2021-05-03T10:00:00+08:00'), at('2024-05-03T09:59:59+08:00'), ZONE)).toEqual({ unit: 'years', count: 2 });
    expect(ageBetween(at('2024-01-31T10:00:00+08:00'), at('2024-03-01T10:00:00+08:00'), ZONE)).toEqual({ unit: 'months', count: 1 });
    expect(ageBetween(at('2024-01-31T10:00:00+08:00'), at('2024-02-29T10:00:00+08:00'), ZONE)).toEqual({ unit: 'days', count: 29 });
    // 00:30 on 1 March in Shanghai is still 29 February in UTC, a day short of a month: the site's calendar counts.
    expect(ageBetween(at('2024-01-31T23:30:00+08:00'), at('2024-03-01T00:30:00+08:00'), ZONE)).toEqual({ unit: 'months', count: 1 });
    expect(ageBetween(at('2024-01-31T23:30:00+08:00'), at('2024-03-01T00:30:00+08:00'), 'UTC')).toEqual({ unit: 'days', count: 29 });
  });
});

describe('front matter outdated:', () => {
  it('reads true, false and YAML 1.1 yes / no, and leaves it unset otherwise', async () => {
    const outdated = async (line: string) => (await parse(post(`title: t\n${line}`))).article?.meta.outdated;
    expect(await outdated('outdated: true')).toBe(true);
    expect(await outdated('outdated: no')).toBe(false);
    expect(await outdated('tags: [a]')).toBeUndefined();
  });

  it('refuses any other value, naming the file and the field', async () => {
    const { article, problems } = await parse(post('title: t\noutdated: sometimes'), '编程/旧文.md');
    expect(article).toBeUndefined();
    expect(problems).toContainEqual({ file: '编程/旧文.md', field: 'outdated', severity: 'error', message: 'must be true or false, not "sometimes"' });
  });
});

describe('the notice as rendered', () => {
  it('is a note named by its visible title, with the date and a lower bound of the age', () => {
    const html = renderToStaticMarkup(createElement(OutdatedNotice, { notice: { since: '2021-05-03T02:00:00.000Z', updated: true, age: { unit: 'years', count: 3 } } }));
    expect(html).toMatch(/^<div role="note" aria-labelledby="outdated-notice-title"/);
    expect(html).toContain('<p id="outdated-notice-title" class="font-semibold">时效提示</p>');
    expect(html).toContain('本文最后更新于 <time dateTime="2021-05-03T02:00:00.000Z">2021年5月3日</time>，距今已满 3 年，部分内容可能已经过时');
  });

  it('says 发表于 when the age counts from publication', () => {
    const html = renderToStaticMarkup(createElement(OutdatedNotice, { notice: { since: '2025-01-01T02:00:00.000Z', updated: false, age: { unit: 'months', count: 5 } } }));
    expect(html).toContain('本文发表于 <time dateTime="2025-01-01T02:00:00.000Z">2025年1月1日</time>，距今已满 5 个月');
  });
});
