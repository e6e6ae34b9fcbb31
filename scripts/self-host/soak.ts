// The self-hosting recipe without containers, under load while an instance dies: two `next start`
// of one production build on one PostgreSQL database (and Redis, for what the instances share),
// behind Debian's nginx with deploy/nginx.conf.template. Mixed traffic goes through the proxy for
// 60 s; instance A is killed (SIGKILL) at 20 s and started again at 40 s.
//
// Reports the requests and failures per 10 s, the failures while A was down, which instance
// answered, and the tips sent, thanked, stored, lost (thanked but not stored) and phantom (stored,
// never sent). Fails on a lost or phantom tip, on any failure (no answer or a 5xx) outside the
// time A was down, on more failures while it was down than there can be requests in flight (only
// those may be lost with A), or if the proxy does not compress or cache as it should.
//
//   npm run test:self-host                      (CI, after test:soak, whose build it serves)
//   tsx scripts/self-host/soak.ts --seconds N --connections N --rate N --tip-rate N --tip-senders N
//
// Needs a PostgreSQL server (TEST_DATABASE_URL, see scripts/ci/postgres.sh); TEST_REDIS_URL is
// passed on as REDIS_URL. Serves the build in .next-soak when there is one, else builds it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanEnv } from '../bench/env';
import { round } from '../bench/report';
import { runMeasured } from '../bench/run-measured';
import { startSite, type RunningSite } from '../bench/servers';
import { createSoakDatabase, soakDatabaseServer, type SoakDatabase } from '../bench/soak-database';
import { readTipForm } from '../bench/tip-form';
import { NGINX_BIN, startNginx, type RunningProxy } from './nginx';
import { checkProxy } from './proxy-checks';
import { readPages, sendTips, type Outcome, type TipAnswers } from './traffic';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    connections: { type: 'string', default: '10' },
    rate: { type: 'string', default: '150' },
    'tip-rate': { type: 'string', default: '20' },
    'tip-senders': { type: 'string', default: '4' },
  },
});
const seconds = Number(values.seconds);
const killAt = (seconds / 3) * 1000;
const restartAt = ((seconds * 2) / 3) * 1000;
const SLICE_MS = 10_000;
const PROXY_PORT = 3700;
const INSTANCE_PORTS = [3701, 3702] as const;
const DIST = '.next-soak';
/** Requests answered this long after A is up again still count as during its outage (nginx's retry of a stale connection). */
const OUTAGE_GRACE_MS = 2_000;

const server = soakDatabaseServer('The self-hosting soak');
// CI proves the whole topology, the shared cache and limits included; locally, Redis is optional.
const missing = [
  !fs.existsSync(NGINX_BIN) && `nginx (${NGINX_BIN}: apt-get install -y nginx)`,
  process.env.CI && !process.env.TEST_REDIS_URL && 'TEST_REDIS_URL (eval "$(bash scripts/ci/redis.sh start)")',
].filter(Boolean);
if (missing.length > 0) {
  const message = `The self-hosting soak needs ${missing.join(' and ')}.`;
  if (process.env.CI) {
    console.error(message);
    process.exit(1);
  }
  console.log(`Skipped: ${message}`);
  process.exit(0);
}

const proxyUrl = `http://127.0.0.1:${PROXY_PORT}`;
const env = {
  ...cleanEnv(),
  NEXT_DIST_DIR: DIST,
  NEXT_TELEMETRY_DISABLED: '1',
  SITE_URL: proxyUrl,
  // nginx reaches the instances from 127.0.0.1; the soak's readers come from other loopback addresses.
  TRUSTED_PROXIES: '127.0.0.1',
  ...(process.env.TEST_REDIS_URL && { REDIS_URL: process.env.TEST_REDIS_URL }),
};

/** nginx's cache statuses for a response it served from its cache without waiting for an instance. */
const FROM_CACHE = new Set(['HIT', 'STALE', 'UPDATING']);
const sleepUntil = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'yuedu-self-host-'));
let database: SoakDatabase | undefined;
let proxy: RunningProxy | undefined;
const instances: RunningSite[] = [];
let failed = false;
try {
  if (fs.existsSync(path.join(DIST, 'BUILD_ID'))) console.log(`Serving the build in ${DIST}.`);
  else {
    console.log(`Building into ${DIST}…`);
    const build = await runMeasured('npm', ['run', 'build'], { env, log: path.join(tmp, 'build.log') });
    if (build.code !== 0) throw new Error(`the build failed:\n${build.output.slice(-2000)}`);
  }
  database = await createSoakDatabase(server, `yuedu_self_host_${process.pid}`, env);
  const siteEnv = { ...env, DATABASE_URL: database.url, NODE_ENV: 'production' as const };
  for (const port of INSTANCE_PORTS) instances.push(await startSite(port, siteEnv));
  proxy = await startNginx({ port: PROXY_PORT, upstreams: [`127.0.0.1:${INSTANCE_PORTS[0]}`, `127.0.0.1:${INSTANCE_PORTS[1]}`], dir: path.join(tmp, 'nginx') });
  const proxyCheck = await checkProxy(proxy.url, path.join(proxy.dir, 'cache'));
  console.table([proxyCheck.seen]);
  const form = await readTipForm(proxy.url);

  const outcomes: Outcome[] = [];
  const tips: TipAnswers = new Map();
  const start = Date.now();
  const logStart = proxy.log().length;
  // Instance A dies at a third of the run and is started again at two thirds.
  const outage = (async () => {
    await sleepUntil(start + killAt);
    const killed = Date.now();
    await instances[0]!.kill();
    await sleepUntil(start + restartAt);
    instances[0] = await startSite(INSTANCE_PORTS[0], siteEnv);
    return { from: killed, to: Date.now() };
  })();
  // Awaited after the traffic; a failed restart must not end the process before the cleanup.
  outage.catch(() => {});
  await Promise.all([
    readPages(proxy.url, { seconds, connections: Number(values.connections), rate: Number(values.rate), outcomes }),
    sendTips(proxy.url, form, { rate: Number(values['tip-rate']), senders: Number(values['tip-senders']), until: start + seconds * 1000, answers: tips, outcomes }),
  ]);
  const down = await outage;
  // A tip whose answer was cut off may still be finishing on an instance.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const stored = await database.storedTipKeys();

  const inOutage = (at: number) => at >= down.from && at <= down.to + OUTAGE_GRACE_MS;
  const proxyLog = proxy.log().slice(logStart);
  const slices = Array.from({ length: Math.ceil((seconds * 1000) / SLICE_MS) }, (_, i) => {
    const inSlice = <T extends { at: number }>(items: T[]) => items.filter(({ at }) => at - start >= i * SLICE_MS && at - start < (i + 1) * SLICE_MS);
    const answered = inSlice(proxyLog);
    return {
      seconds: `${(i * SLICE_MS) / 1000}–${((i + 1) * SLICE_MS) / 1000}`,
      requests: inSlice(outcomes).length,
      failed: inSlice(outcomes).filter((o) => o.failed).length,
      'tips failed': inSlice(outcomes).filter((o) => o.failed && o.tip).length,
      'from cache': answered.filter((line) => FROM_CACHE.has(line.cache)).length,
      'by A': answered.filter((line) => line.upstreams.at(-1) === `127.0.0.1:${INSTANCE_PORTS[0]}`).length,
      'by B': answered.filter((line) => line.upstreams.at(-1) === `127.0.0.1:${INSTANCE_PORTS[1]}`).length,
      'sent to both': answered.filter((line) => line.upstreams.length > 1).length,
    };
  });
  console.table(slices);

  const answers = [...tips];
  const keysWith = (answer: string) => answers.filter(([, a]) => a === answer).map(([key]) => key);
  const thanked = keysWith('thanked');
  const lost = thanked.filter((key) => !stored.has(key)).length;
  const phantom = [...stored].filter((key) => !tips.has(key)).length;
  const refusedYetStored = [...keysWith('rate-limited'), ...keysWith('refused')].filter((key) => stored.has(key)).length;
  const cutOff = keysWith('cut-off');
  const unanswered = answers.filter(([, a]) => a === undefined).length;
  const failures = outcomes.filter((o) => o.failed);
  const failedWhileDown = failures.filter((o) => inOutage(o.at)).length;
  const failedOutside = failures.length - failedWhileDown;
  const inFlightAtMost = Number(values.connections) + Number(values['tip-senders']);
  console.table([
    {
      'A down (s)': `${round((down.from - start) / 1000, 1)}–${round((down.to - start) / 1000, 1)}`,
      requests: outcomes.length,
      'failed while A was down': failedWhileDown,
      'failed otherwise': failedOutside,
      'tips sent': tips.size,
      thanked: thanked.length,
      'rate-limited': keysWith('rate-limited').length,
      'refused otherwise': keysWith('refused').length,
      'cut off': cutOff.length,
      'cut off, stored': cutOff.filter((key) => stored.has(key)).length,
      stored: stored.size,
      lost,
      phantom,
    },
  ]);
  const problems = [
    ...proxyCheck.problems,
    failedOutside > 0 && `${failedOutside} requests failed (no answer or a 5xx) while both instances were up`,
    // Only what was in flight on A when it died may fail; everything after goes to B.
    failedWhileDown > inFlightAtMost && `${failedWhileDown} requests failed while A was down, more than the ${inFlightAtMost} that can be in flight at once`,
    lost > 0 && `${lost} tips were thanked for but not stored`,
    phantom > 0 && `${phantom} tips are stored that no request sent`,
    refusedYetStored > 0 && `${refusedYetStored} tips were refused yet stored`,
    unanswered > 0 && `${unanswered} tips never got an answer`,
    keysWith('refused').length > 0 && `${keysWith('refused').length} tips were refused (not by the rate limit)`,
    proxyLog.every((line) => !line.upstreams.includes(`127.0.0.1:${INSTANCE_PORTS[0]}`)) && 'instance A answered nothing: the proxy did not balance',
  ].filter(Boolean);
  if (problems.length) {
    failed = true;
    console.error(`Self-hosting soak failed:\n- ${problems.join('\n- ')}`);
  } else console.log('Self-hosting soak passed.');
} finally {
  await proxy?.stop();
  await Promise.all(instances.map((instance) => instance.stop()));
  await database?.drop();
  fs.rmSync(tmp, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
