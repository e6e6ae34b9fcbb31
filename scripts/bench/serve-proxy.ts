// The serving benchmark's proxy rows: the cached article through the self-hosting recipe's nginx
// (deploy/nginx.conf.template, started as scripts/self-host/ starts it), in front of a `next start`
// of the benchmark build. After the warm-up nginx answers from its page cache, which keeps the page
// as the instance compressed it when it entered, so no answer is compressed on the way.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NGINX_BIN, startNginx } from '../self-host/nginx';
import { startBenchInstance } from './site';

const PROXY_PORT = 3298;
const INSTANCE_PORT = 3202;

/** `measure`'s result, and the share of the answers nginx served from its cache meanwhile. */
export type ThroughProxy<T> = { measured: T; fromCache: number };

/**
 * `measure`, given the URL of `route` through nginx and nginx's process, with the benchmark build
 * behind it; undefined when nginx is not installed.
 */
export async function throughProxy<T>(route: string, measure: (url: string, nginxPid: number) => Promise<T>): Promise<ThroughProxy<T> | undefined> {
  if (!fs.existsSync(NGINX_BIN)) return undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yuedu-bench-proxy-'));
  // Its own database folder: two processes must not open one embedded database. It compresses the
  // pages nginx caches, as the recipe's instances do.
  const instance = await startBenchInstance(INSTANCE_PORT, { DATA_DIR: path.join(dir, 'data'), TRUSTED_PROXIES: '127.0.0.1' });
  try {
    // The template balances two instances; both are this one.
    const upstream = `127.0.0.1:${INSTANCE_PORT}`;
    const proxy = await startNginx({ port: PROXY_PORT, upstreams: [upstream, upstream], dir: path.join(dir, 'nginx') });
    try {
      const measured = await measure(proxy.url + route, proxy.pid);
      const answers = proxy.log();
      const cached = answers.filter(({ cache }) => cache === 'HIT').length;
      return { measured, fromCache: answers.length > 0 ? cached / answers.length : 0 };
    } finally {
      await proxy.stop();
    }
  } finally {
    await instance.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
