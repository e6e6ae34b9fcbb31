import autocannon from 'autocannon';
import { treeCpuMs } from './process-tree';
import { round } from './report';

/** Seconds of load before each measured run, which are not measured. */
export const WARM_UP_SECONDS = 3;

export type LoadOptions = { seconds: number; connections: number; /** Sent with every request, e.g. Accept-Encoding. */ headers?: Record<string, string> };
export type LoadFigures = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  /** Bytes on the wire per response, headers included: shows what compression did. */
  bytesPerResponse: number;
  /**
   * CPU time the server spent per answer (ms), when its process is known. It counts only the
   * server's own work, so it moves far less than requests per second when the machine is shared.
   */
  serverCpuMsPerRequest?: number;
  /**
   * Cores this process used while autocannon measured: autocannon's own work, and the plain file
   * server's when that is what was measured (it runs in this process). Near 1, autocannon's one
   * thread was the limit, and the latency it reports is mostly its own queue.
   */
  benchProcessCores?: number;
};

/** Runs `measured` (which returns how many requests it made) and the server's CPU time per answer meanwhile, when its process is known. */
export async function withServerCpu<T extends { requests: number }>(serverPid: number | undefined, measured: () => Promise<T>): Promise<T & { serverCpuMsPerRequest?: number }> {
  const cpuBefore = serverPid === undefined ? 0 : treeCpuMs(serverPid);
  const result = await measured();
  if (serverPid === undefined || result.requests === 0) return result;
  return { ...result, serverCpuMsPerRequest: round((treeCpuMs(serverPid) - cpuBefore) / result.requests, 3) };
}

/** autocannon against one URL: a warm-up run, then the measured one; `serverPid`, the process answering it, if known. */
export async function measureLoad(url: string, options: LoadOptions, serverPid?: number): Promise<LoadFigures> {
  const { connections, headers } = options;
  await autocannon({ url, connections, headers, duration: WARM_UP_SECONDS });
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const { result, serverCpuMsPerRequest } = await withServerCpu(serverPid, async () => {
    const result = await autocannon({ url, connections, headers, duration: options.seconds });
    return { result, requests: result.requests.total };
  });
  const cpu = process.cpuUsage(cpuBefore);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bytesPerResponse: result.requests.total > 0 ? Math.round(result.throughput.total / result.requests.total) : 0,
    ...(serverCpuMsPerRequest !== undefined && { serverCpuMsPerRequest }),
    benchProcessCores: round((cpu.user + cpu.system) / 1000 / (performance.now() - started), 2),
  };
}
