// Lighthouse (mobile, its default preset: a mid-range phone on a throttled 4G connection,
// simulated) for the seed article and the home page, in the system Chromium, beside the blank
// page (floor-page.ts) as the floor any Next.js page starts from. There is no network here:
// images on other hosts are blocked in the browser (Lighthouse does not count blocked requests as
// errors), so scores are for the site's own page, as on a host that serves those images fast.
// The seed article is audited three times: as a first visit, in the dark scheme, and with the
// largest text size and loose line spacing saved (the reader settings applied before the first
// paint: CLS must stay 0).
//
//   npm run bench -- lighthouse [--articles 10000]
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { READING_SETTINGS_KEY } from '@/lib/reading-settings';
import { THEME_STORAGE_KEY } from '@/lib/theme';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/e2e/support/chromium';
import { withFloorPage } from './floor-page';
import type { Report } from './report';
import type { RunningServer } from './servers';
import { BENCH_PAGES, withBenchSite } from './site';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const LIGHTHOUSE_VERSION = (createRequire(import.meta.url)('lighthouse/package.json') as { version: string }).version;

/** `*://host/*` for every other host the page's HTML asks for (images, preloads). */
async function remoteHosts(url: string): Promise<string[]> {
  const html = await (await fetch(url)).text();
  const own = new URL(url).host;
  const hosts = new Set([...html.matchAll(/(?:src|href)="(?:https?:)?\/\/([^/"]+)/g)].map((m) => m[1]!).filter((host) => host !== own));
  return [...hosts].map((host) => `*://${host}/*`);
}

/** Saves `storage` in the browser's localStorage for the page's origin, as a returning reader has it. */
async function saveStorage(port: number, url: string, storage: Record<string, string>) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const page = await browser.contexts()[0]!.newPage();
    await page.goto(new URL('/robots.txt', url).href);
    await page.evaluate((entries) => entries.forEach(([key, value]) => localStorage.setItem(key, value)), Object.entries(storage));
    await page.close();
  } finally {
    await browser.close();
  }
}

async function auditPage(url: string, name: string, storage?: Record<string, string>) {
  const blockedUrlPatterns = await remoteHosts(url);
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    if (storage) await saveStorage(chrome.port, url, storage);
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      blockedUrlPatterns,
      // Lighthouse empties the origin's storage first unless told not to.
      disableStorageReset: Boolean(storage),
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (id: (typeof CATEGORIES)[number]) => Math.round((categories[id]?.score ?? 0) * 100);
    // Audits that cost points, to see at once what to fix; for console errors, what they were.
    const failing = Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => {
        const items = a.id === 'errors-in-console' && a.details && 'items' in a.details ? (a.details.items as { description?: string; url?: string }[]) : [];
        return items.length ? `${a.id} (${items.map((i) => `${i.description ?? ''} ${i.url ?? ''}`.trim()).join('; ')})` : a.id;
      });
    return {
      page: name,
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best practices': score('best-practices'),
      seo: score('seo'),
      'LCP ms': Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
      CLS: Math.round((audits['cumulative-layout-shift']?.numericValue ?? NaN) * 1000) / 1000,
      'TBT ms': Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
      failing: failing.join(' ') || '-',
      // Lighthouse's own measure of the host's speed (a mid-range phone is about 1,000): it
      // throttles by a fixed factor, so a slower host scores every page lower, the floor's too.
      'host benchmark index': Math.round(result.lhr.environment.benchmarkIndex),
    };
  } finally {
    chrome.kill();
  }
}

export async function measureLighthouse(site: RunningServer, report: Report): Promise<void> {
  const rows = [
    await withFloorPage((url) => auditPage(url, 'blank page (floor)')),
    await auditPage(site.url + BENCH_PAGES.article, 'seed article'),
    await auditPage(site.url + BENCH_PAGES.article, 'seed article, dark', { [THEME_STORAGE_KEY]: 'dark' }),
    await auditPage(site.url + BENCH_PAGES.article, 'seed article, largest text, loose lines', {
      [READING_SETTINGS_KEY]: JSON.stringify({ size: '2xl', spacing: 'loose' }),
    }),
    await auditPage(site.url + BENCH_PAGES.home, 'home'),
    await auditPage(site.url + BENCH_PAGES.home, 'home, dark', { [THEME_STORAGE_KEY]: 'dark' }),
  ];
  report.section(`Lighthouse ${LIGHTHOUSE_VERSION}, mobile`, rows);
}

export async function run(args: string[], report: Report): Promise<void> {
  const { values } = parseArgs({ args, strict: false, options: { articles: { type: 'string', default: '10000' } } });
  await withBenchSite(Number(values.articles), (site) => measureLighthouse(site, report));
}
