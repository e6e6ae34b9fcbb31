import autocannon from 'autocannon';
import { treeCpuMs } from './process-tree';

const WARM_UP_SECONDS = 3;

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
};

/** autocannon against one URL: a warm-up run, then the measured one; `serverPid`, the process answering it, if known. */
export async function measureLoad(url: string, options: LoadOptions, serverPid?: number): Promise<LoadFigures> {
  const { connections, headers } = options;
  await autocannon({ url, connections, headers, duration: WARM_UP_SECONDS });
  const cpuBefore = serverPid === undefined ? 0 : treeCpuMs(serverPid);
  const result = await autocannon({ url, connections, headers, duration: options.seconds });
  const cpuMs = serverPid === undefined ? undefined : treeCpuMs(serverPid) - cpuBefore;
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bytesPerResponse: result.requests.total > 0 ? Math.round(result.throughput.total / result.requests.total) : 0,
    ...(cpuMs !== undefined && result.requests.total > 0 && { serverCpuMsPerRequest: Math.round((cpuMs / result.requests.total) * 1000) / 1000 }),
  };
}
