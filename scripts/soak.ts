// The soak: `next start` on PostgreSQL under mixed traffic — articles, lists, search, feeds and tips
// from the no-JavaScript tip form — for a while at many connections. It fails unless every request
// succeeded with no 5xx; every tip the site thanked for is stored, and no tip is stored that was not
// sent (tips whose answer was cut off when the load stopped are counted apart); and, over a full
// minute or more, the server's memory at the end is within 15% of what it was after the warm-up.
//
//   npm run bench:soak                     60 s at 100 connections, after a 30 s warm-up (at 100
//                                          connections the heap and caches settle in about that)
//   npm run test:soak                      15 s at 50 connections (CI)
//   tsx scripts/soak.ts --seconds N --connections N --warm-up N
//
// Needs a PostgreSQL server: TEST_DATABASE_URL (as in CI, see scripts/ci/postgres.sh) or
// DATABASE_URL. The soak gets a database of its own on it, dropped afterwards.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { articleHref } from '@/lib/content/href';
import { cleanEnv } from './bench/env';
import { treeRss } from './bench/process-tree';
import { round } from './bench/report';
import { runMeasured } from './bench/run-measured';
import { SEED_SLUG } from './bench/seed';
import { startSite, type RunningServer } from './bench/servers';
import { createSoakDatabase, soakDatabaseServer, type SoakDatabase } from './bench/soak-database';
import { readTipForm, tipAnswer, tipBody, type TipForm } from './bench/tip-form';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '60' }, connections: { type: 'string', default: '100' }, 'warm-up': { type: 'string', default: '30' } },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const warmUpSeconds = Number(values['warm-up']);
/** Memory is only judged over a run long enough to tell growth from caches filling. */
const JUDGE_MEMORY_FROM_SECONDS = 60;
const MAX_MEMORY_GROWTH = 0.15;
const SAMPLE_EVERY_MS = 10_000;
const PORT = 3210;
const DIST = '.next-soak';

const server = soakDatabaseServer('The soak');

/** Every tip sent, by idempotency key, and what the site answered (undefined: cut off when the load stopped). */
type Tally = { tips: Map<string, 'thanked' | 'refused' | undefined>; refusals: string[] };
type TipContext = { key?: string };

/** The traffic: each connection goes round this list. One request in seven records a tip. */
function trafficMix(site: RunningServer, form: TipForm, tally: Tally): autocannon.Request[] {
  const page = (path: string): autocannon.Request => ({ method: 'GET', path });
  return [
    page(articleHref(SEED_SLUG)),
    page('/'),
    page(`/categories/${encodeURIComponent('新媒体')}`),
    page(articleHref(SEED_SLUG)),
    page(`/search?q=${encodeURIComponent('产品经理')}`),
    page('/feed.xml'),
    {
      method: 'POST',
      path: form.path,
      setupRequest: (request, context: TipContext) => {
        const key = randomUUID();
        context.key = key;
        tally.tips.set(key, undefined);
        const n = tally.tips.size;
        const { body, type } = tipBody(form, key);
        // A reader of their own per tip: the rate limit (10 a minute per address) is not under test.
        const reader = `198.51.${Math.floor(n / 256) % 256}.${n % 256}`;
        return { ...request, body, headers: { ...request.headers, 'content-type': type, origin: site.url, 'x-forwarded-for': reader } };
      },
      onResponse: (status, body, context: TipContext) => {
        const thanked = tipAnswer(body) === 'thanked';
        if (context.key) tally.tips.set(context.key, thanked ? 'thanked' : 'refused');
        if (!thanked && tally.refusals.length < 5) tally.refusals.push(`${status}: ${body.slice(0, 160)}`);
      },
    },
  ];
}

async function load(site: RunningServer, requests: autocannon.Request[], duration: number) {
  return autocannon({ url: site.url, connections, duration, requests, timeout: 30 });
}

// TRUSTED_PROXIES: the load generator plays a proxy on loopback, naming each tip's reader in X-Forwarded-For.
const env = { ...cleanEnv(), NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: '1', SITE_URL: `http://127.0.0.1:${PORT}`, TRUSTED_PROXIES: 'loopback' };
let site: RunningServer | undefined;
let database: SoakDatabase | undefined;
let failed = false;
try {
  database = await createSoakDatabase(server, `yuedu_soak_${process.pid}`, env);
  const siteEnv = { ...env, DATABASE_URL: database.url };
  const build = await runMeasured('npm', ['run', 'build'], { env: siteEnv, log: `/dev/null` });
  if (build.code !== 0) throw new Error(`the build failed:\n${build.output.slice(-2000)}`);
  site = await startSite(PORT, { ...siteEnv, NODE_ENV: 'production' });
  const form = await readTipForm(site.url);
  const tally: Tally = { tips: new Map(), refusals: [] };
  const requests = trafficMix(site, form, tally);

  const warm = await load(site, requests, warmUpSeconds);
  const rssAfterWarmUp = treeRss(site.pid!);
  // Memory through the run, to tell a plateau (caches and heap settling) from steady growth.
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(treeRss(site!.pid!)), SAMPLE_EVERY_MS);
  const main = await load(site, requests, seconds);
  clearInterval(sampler);
  const rssAtEnd = treeRss(site.pid!);
  // Requests cut off when the load stopped may still be finishing on the server.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const storedKeys = await database.storedTipKeys();
  const answers = [...tally.tips.values()];
  const thanked = [...tally.tips].filter(([, answer]) => answer === 'thanked').map(([key]) => key);
  const lost = thanked.filter((key) => !storedKeys.has(key)).length;
  const unsent = [...storedKeys].filter((key) => !tally.tips.has(key)).length;
  const cutOff = answers.filter((answer) => answer === undefined).length;
  const storedThanked = thanked.length - lost;

  const errors = warm.errors + warm.timeouts + main.errors + main.timeouts;
  const non2xx = warm.non2xx + main.non2xx;
  const growth = rssAtEnd / rssAfterWarmUp - 1;
  console.table([
    {
      seconds,
      connections,
      requests: main.requests.total,
      'requests/s': round(main.requests.average, 0),
      'p50 ms': main.latency.p50,
      'p99 ms': main.latency.p99,
      'errors + timeouts': errors,
      'non-2xx': non2xx,
      'tips sent': tally.tips.size,
      'tips thanked': thanked.length,
      'thanked and stored': storedThanked,
      'cut off at the end': cutOff,
      'tips stored': storedKeys.size,
      'memory after warm-up MiB': round(rssAfterWarmUp / 2 ** 20, 0),
      'memory at end MiB': round(rssAtEnd / 2 ** 20, 0),
      'memory growth %': round(growth * 100, 1),
    },
  ]);
  const problems = [
    errors > 0 && `${errors} requests failed or timed out`,
    non2xx > 0 && `${non2xx} answers were not 2xx`,
    lost > 0 && `${lost} tips were thanked for but not stored`,
    unsent > 0 && `${unsent} tips are stored that no request sent`,
    answers.includes('refused') && `tips were refused: ${tally.refusals.join(' | ')}`,
    // Each connection has at most one request in flight when the load stops.
    cutOff > connections * 2 && `${cutOff} tips went unanswered, more than the requests in flight at the two stops`,
    seconds >= JUDGE_MEMORY_FROM_SECONDS && growth > MAX_MEMORY_GROWTH && `memory grew ${round(growth * 100, 1)}% after the warm-up (at most ${MAX_MEMORY_GROWTH * 100}%)`,
  ].filter(Boolean);
  console.log(`memory every ${SAMPLE_EVERY_MS / 1000} s (MiB): ${[rssAfterWarmUp, ...samples, rssAtEnd].map((b) => round(b / 2 ** 20, 0)).join(' → ')}`);
  if (problems.length) {
    failed = true;
    console.error(`Soak failed:\n- ${problems.join('\n- ')}`);
  } else console.log('Soak passed.');
} finally {
  await site?.stop();
  await database?.drop();
}
process.exit(failed ? 1 : 0);
