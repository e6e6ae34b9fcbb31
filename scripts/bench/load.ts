import autocannon from 'autocannon';

const WARM_UP_SECONDS = 3;

export type LoadFigures = { requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number };

/** autocannon against one URL: a warm-up run, then the measured one. */
export async function measureLoad(url: string, options: { seconds: number; connections: number }): Promise<LoadFigures> {
  await autocannon({ url, connections: options.connections, duration: WARM_UP_SECONDS });
  const result = await autocannon({ url, connections: options.connections, duration: options.seconds });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
