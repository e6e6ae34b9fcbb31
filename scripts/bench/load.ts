import autocannon from 'autocannon';

const WARM_UP_SECONDS = 3;

export type LoadOptions = { seconds: number; connections: number; /** Sent with every request, e.g. Accept-Encoding. */ headers?: Record<string, string> };
export type LoadFigures = { requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number; /** Bytes on the wire per response, headers included: shows what compression did. */ bytesPerResponse: number };

/** autocannon against one URL: a warm-up run, then the measured one. */
export async function measureLoad(url: string, options: LoadOptions): Promise<LoadFigures> {
  const { connections, headers } = options;
  await autocannon({ url, connections, headers, duration: WARM_UP_SECONDS });
  const result = await autocannon({ url, connections, headers, duration: options.seconds });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bytesPerResponse: result.requests.total > 0 ? Math.round(result.throughput.total / result.requests.total) : 0,
  };
}
