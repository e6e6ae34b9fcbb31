import autocannon from 'autocannon';

export type LoadFigures = { requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number; requests: number };

/** autocannon against one URL: a warm-up run, then the measured one. */
export async function measureLoad(url: string, options: { seconds: number; connections: number; warmUpSeconds?: number }): Promise<LoadFigures> {
  await autocannon({ url, connections: options.connections, duration: options.warmUpSeconds ?? 3 });
  const result = await autocannon({ url, connections: options.connections, duration: options.seconds });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}
