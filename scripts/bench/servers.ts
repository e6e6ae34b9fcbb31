import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import Negotiator from 'negotiator';

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

/** The encodings a page is saved in besides itself, best first, with the suffix of its file. */
const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br', compress: (data: Buffer) => zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } }) },
  { encoding: 'gzip', suffix: '.gz', compress: (data: Buffer) => zlib.gzipSync(data, { level: zlib.constants.Z_BEST_COMPRESSION }) },
] as const;

/** Writes a page to `file` and, compressed ahead of time as a deploy step does, to `file`.br and `file`.gz. */
export function writePrecompressed(file: string, content: string) {
  const data = Buffer.from(content);
  fs.writeFileSync(file, data);
  for (const { suffix, compress } of PRECOMPRESSED) fs.writeFileSync(file + suffix, compress(data));
}

/**
 * The like-for-like limit: a plain Node.js server that answers each request with a saved file,
 * read from disk as a static file server does (`pages` maps a request path to a file). Like nginx's
 * gzip_static (and brotli_static), it sends the file's .br or .gz twin when there is one and the
 * request accepts it, so compression costs it nothing at request time.
 */
export async function startStaticServer(port: number, pages: Map<string, string>): Promise<RunningServer> {
  // What is on disk is looked up once, as nginx's open_file_cache keeps it; each answer reads its file.
  type Variant = { encoding?: string; file: string; size: number };
  const variants = new Map<string, Variant[]>();
  for (const [address, file] of pages) {
    const saved = PRECOMPRESSED.filter(({ suffix }) => fs.existsSync(file + suffix)).map(({ encoding, suffix }) => ({ encoding, file: file + suffix }));
    variants.set(address, [...saved, { file }].map((variant) => ({ ...variant, size: fs.statSync(variant.file).size })));
  }
  const server = http.createServer((request, response) => {
    const saved = variants.get(request.url ?? '');
    if (!saved) {
      response.writeHead(404).end();
      return;
    }
    const accepted = new Negotiator(request).encodings(saved.flatMap(({ encoding }) => encoding ?? []));
    // The server's preference (the smallest file) among what the request accepts, as nginx picks.
    const chosen = saved.find(({ encoding }) => encoding === undefined || accepted.includes(encoding))!;
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': chosen.size,
      ...(chosen.encoding && { 'content-encoding': chosen.encoding }),
      ...(saved.length > 1 && { vary: 'Accept-Encoding' }),
    });
    fs.createReadStream(chosen.file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    // Port 0 listens on a free port.
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
