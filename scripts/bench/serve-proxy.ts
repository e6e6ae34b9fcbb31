// The serving benchmark's proxy row: the cached article through the self-hosting recipe's nginx
// (deploy/nginx.conf.template, started as scripts/self-host/ starts it), in front of a `next start`
// of the benchmark build. After the warm-up nginx answers from its page cache, which keeps the page
// as the instance compressed it when it entered, so no answer is compressed on the way.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NGINX_BIN, startNginx } from '../self-host/nginx';
import { measureLoad, type LoadFigures, type LoadOptions } from './load';
import { startBenchInstance } from './site';

const PROXY_PORT = 3298;
const INSTANCE_PORT = 3202;

export type ProxyFigures = LoadFigures & { /** Share of the answers nginx served from its cache. */ fromCache: number };

/** `route` of the benchmark site through nginx under load; undefined when nginx is not installed. */
export async function measureThroughProxy(route: string, options: LoadOptions): Promise<ProxyFigures | undefined> {
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
      const figures = await measureLoad(proxy.url + route, options);
      const answers = proxy.log();
      const cached = answers.filter(({ cache }) => cache === 'HIT').length;
      return { ...figures, fromCache: answers.length > 0 ? cached / answers.length : 0 };
    } finally {
      await proxy.stop();
    }
  } finally {
    await instance.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
