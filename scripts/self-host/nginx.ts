// Debian's nginx as the proxy of the self-hosting recipe, without containers: deploy/'s own
// template, with only the instances' addresses, the cache folder and the listening address filled
// in, inside a main configuration of the kind the nginx image brings (pid, logs and temporary files
// in a folder of its own, run as the current user).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const NGINX_TEMPLATE = 'deploy/nginx.conf.template';
export const NGINX_BIN = '/usr/sbin/nginx';

/** The template's placeholders, as the nginx image's envsubst fills them. */
type Placeholders = { UPSTREAM_A: string; UPSTREAM_B: string; CACHE_DIR: string; LISTEN: string };

/** The template with every placeholder filled; a placeholder left unknown is an error. */
export function renderTemplate(template: string, values: Placeholders): string {
  return template.replace(/\$\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`${NGINX_TEMPLATE} has a placeholder this script does not fill: \${${name}}`);
    return values[name as keyof Placeholders];
  });
}

/** One line per request: when it ended, its status, and which instance answered (both, on a retry). */
export type ProxyLogLine = { at: number; status: number; upstreams: string[]; cache: string };
const LOG_FORMAT = `'$msec $status $upstream_cache_status "$upstream_addr"'`;

export type RunningProxy = { url: string; dir: string; /** nginx's master process; its workers are its children. */ pid: number; log(): ProxyLogLine[]; stop(): Promise<void> };

export async function startNginx(options: { port: number; upstreams: [string, string]; dir: string }): Promise<RunningProxy> {
  const { port, upstreams, dir } = options;
  fs.mkdirSync(path.join(dir, 'logs'), { recursive: true });
  const site = renderTemplate(fs.readFileSync(NGINX_TEMPLATE, 'utf8'), {
    UPSTREAM_A: upstreams[0],
    UPSTREAM_B: upstreams[1],
    CACHE_DIR: path.join(dir, 'cache'),
    LISTEN: `127.0.0.1:${port}`,
  });
  fs.writeFileSync(path.join(dir, 'site.conf'), site);
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, `${name}-temp`)};`;
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      // Started by root (as in CI), nginx would run its workers as nobody, who cannot write here.
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      `pid ${path.join(dir, 'nginx.pid')};`,
      // One worker per core, as the nginx image's configuration has it.
      'worker_processes auto;',
      `error_log ${path.join(dir, 'logs', 'error.log')} warn;`,
      'events { worker_connections 1024; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      `  log_format upstreams ${LOG_FORMAT};`,
      `  access_log ${path.join(dir, 'logs', 'access.log')} upstreams;`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${temp(name)}`),
      `  include ${path.join(dir, 'site.conf')};`,
      '}',
    ].join('\n'),
  );
  const child = spawn(NGINX_BIN, ['-p', dir, '-e', path.join(dir, 'logs', 'error.log'), '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off; master_process on;'], { stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}: see ${path.join(dir, 'logs', 'error.log')}`);
    try {
      await fetch(url, { method: 'HEAD' });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not answer at ${url} within 10 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    dir,
    pid: child.pid!,
    log: () =>
      fs
        .readFileSync(path.join(dir, 'logs', 'access.log'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [, msec, status, cache, addresses] = /^(\S+) (\d+) (\S+) "(.*)"$/.exec(line) ?? [];
          // "a, b" when nginx went on to the next instance; "-" when none was asked (a cache hit).
          return { at: Number(msec) * 1000, status: Number(status), cache: cache ?? '-', upstreams: (addresses ?? '').split(/, | : /).filter((a) => a && a !== '-') };
        }),
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
