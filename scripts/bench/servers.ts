import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';

export type RunningServer = { url: string; stop: () => Promise<void>; /** The server's process, when this script started it. */ pid?: number };

/** The `next` command of the project's own Next.js. */
export const NEXT_BIN = createRequire(path.resolve('package.json')).resolve('next/dist/bin/next');

async function waitUntilUp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** A `next start` this script started, which it can also kill outright, as a crashing machine would. */
export type RunningSite = RunningServer & { pid: number; kill(): Promise<void> };

/** `next start` on 127.0.0.1:`port` for the app in `dir`: by default this project, whose build folder is env.NEXT_DIST_DIR. */
export async function startSite(port: number, env: NodeJS.ProcessEnv, dir?: string): Promise<RunningSite> {
  // Run from the app's folder: it reads its content manifest and search index relative to it.
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env,
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  await waitUntilUp(url);
  const end = (signal: NodeJS.Signals) => {
    child.kill(signal);
    return exited;
  };
  return { url, pid: child.pid!, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}

/**
 * The like-for-like limit: a plain Node.js server that answers each request with a saved file,
 * read from disk as a static file server does (`pages` maps a request path to a file).
 */
export async function startStaticServer(port: number, pages: Map<string, string>): Promise<RunningServer> {
  const server = http.createServer((request, response) => {
    const file = pages.get(request.url ?? '');
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
