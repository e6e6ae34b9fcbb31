// wrk as a second load generator, for servers faster than autocannon can measure. autocannon runs
// in one Node.js thread and needs about a tenth of a millisecond of CPU per answer of an article's
// size, so it cannot ask for much more than 10,000 a second; past that, the latency it reports is
// its own queue, not the server's. wrk (C, one thread per core) needs a fraction of that. Debian
// packages it (`apt-get install -y wrk`); without it the rows that need it are skipped.
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { WARM_UP_SECONDS, withServerCpu, type LoadFigures, type LoadOptions } from './load';
import { round } from './report';

const SUMMARY_SCRIPT = path.join(import.meta.dirname, 'wrk-summary.lua');

/** What wrk-summary.lua prints. */
type WrkSummary = { requests: number; durationUs: number; bytes: number; p50Us: number; p99Us: number; socketErrors: number; timeouts: number; badStatus: number };

/** One wrk run; undefined when wrk is not installed. */
export function runWrk(url: string, seconds: number, options: LoadOptions): Promise<WrkSummary | undefined> {
  const threads = Math.min(os.availableParallelism(), options.connections);
  const headers = Object.entries(options.headers ?? {}).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
  const args = ['-t', String(threads), '-c', String(options.connections), '-d', `${seconds}s`, '-s', SUMMARY_SCRIPT, ...headers, url];
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.once('error', (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? resolve(undefined) : reject(error)));
    child.once('close', (code) => {
      const summary = output.split('\n').find((line) => line.startsWith('{"requests"'));
      if (code !== 0 || !summary) reject(new Error(`wrk ${args.join(' ')} exited with ${code}:\n${output}`));
      else resolve(JSON.parse(summary) as WrkSummary);
    });
  });
}

/** The figures of measureLoad, from wrk: a warm-up run, then the measured one; undefined when wrk is not installed. */
export async function measureWithWrk(url: string, options: LoadOptions, serverPid?: number): Promise<LoadFigures | undefined> {
  if (!(await runWrk(url, WARM_UP_SECONDS, options))) return undefined;
  const { serverCpuMsPerRequest, ...summary } = await withServerCpu(serverPid, async () => (await runWrk(url, options.seconds, options))!);
  const ms = (us: number) => round(us / 1000, 1);
  return {
    requestsPerSecond: Math.round(summary.requests / (summary.durationUs / 1e6)),
    p50Ms: ms(summary.p50Us),
    p99Ms: ms(summary.p99Us),
    errors: summary.socketErrors + summary.timeouts,
    non2xx: summary.badStatus,
    bytesPerResponse: summary.requests > 0 ? Math.round(summary.bytes / summary.requests) : 0,
    ...(serverCpuMsPerRequest !== undefined && { serverCpuMsPerRequest }),
  };
}
