// The soak's traffic through the proxy: readers' pages (articles, lists, search, a feed) from
// autocannon, and tips from the no-JavaScript tip form, each from a reader of its own.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import autocannon from 'autocannon';
import { articleHref } from '@/lib/content/href';
import { SEED_SLUG } from '../bench/seed';
import { tipAnswer, tipBody, type TipForm } from '../bench/tip-form';

/** One request's end: when, whether it failed (no answer, or a 5xx), and whether it was a tip. */
export type Outcome = { at: number; failed: boolean; tip: boolean };

/** Every tip sent, by idempotency key, and what the site answered (cut-off: no answer, or a 5xx). */
export type TipAnswers = Map<string, 'thanked' | 'rate-limited' | 'refused' | 'cut-off' | undefined>;

const PAGES = [
  articleHref(SEED_SLUG),
  '/',
  `/categories/${encodeURIComponent('新媒体')}`,
  `/search?q=${encodeURIComponent('产品经理')}`,
  '/feed.xml',
  `/search?q=${encodeURIComponent('赞赏')}`,
];

/** Pages at `rate` requests a second over `connections` for `seconds`. */
export function readPages(url: string, options: { seconds: number; connections: number; rate: number; outcomes: Outcome[] }): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: options.connections,
        overallRate: options.rate,
        duration: options.seconds,
        timeout: 30,
        requests: PAGES.map((path) => ({ method: 'GET', path })),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on('response', (_client, status) => options.outcomes.push({ at: Date.now(), failed: status >= 500, tip: false }));
    instance.on('reqError', () => options.outcomes.push({ at: Date.now(), failed: true, tip: false }));
  });
}

/**
 * Tips at `rate` a second, from up to `senders` readers at a time, until `until` (ms since the epoch). Each tip comes from an
 * address of its own on the loopback network (127.1.x.y), so the site's limit of 10 tips a minute
 * per reader is real and untouched: the proxy appends that address to X-Forwarded-For, and the
 * instances trust only the proxy's hop. An answer saying the limit was reached is counted apart.
 */
export async function sendTips(url: string, form: TipForm, options: { rate: number; senders: number; until: number; answers: TipAnswers; outcomes: Outcome[] }) {
  const { port } = new URL(url);
  const start = Date.now();
  let sent = 0;
  const sender = async () => {
    for (;;) {
      const n = sent++;
      const due = start + (n / options.rate) * 1000;
      if (due >= options.until) return;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())));
      const key = randomUUID();
      options.answers.set(key, undefined);
      const answer = await postTip(Number(port), form, key, `127.1.${Math.floor(n / 254) % 256}.${(n % 254) + 1}`, url);
      options.answers.set(key, answer);
      options.outcomes.push({ at: Date.now(), failed: answer === 'cut-off', tip: true });
    }
  };
  await Promise.all(Array.from({ length: options.senders }, sender));
}

function postTip(port: number, form: TipForm, key: string, localAddress: string, origin: string): Promise<'thanked' | 'rate-limited' | 'refused' | 'cut-off'> {
  const { body, type } = tipBody(form, key);
  return new Promise((resolve) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path: form.path,
        method: 'POST',
        localAddress,
        agent: false,
        timeout: 30_000,
        headers: { 'content-type': type, 'content-length': Buffer.byteLength(body), origin },
      },
      (response) => {
        let html = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (html += chunk));
        response.on('end', () => resolve((response.statusCode ?? 500) >= 500 ? 'cut-off' : tipAnswer(html)));
        response.on('error', () => resolve('cut-off'));
      },
    );
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve('cut-off'));
    request.end(body);
  });
}
