// The serving benchmark's headline takes the article and the padded floor in turns and reports the
// median of the rounds' ratios with their range, so that one noisy measurement does not decide it.
import { describe, expect, it } from 'vitest';
import { inTurns, medianAndSpread, roundRatios } from '@/scripts/bench/in-turns';
import type { LoadFigures } from '@/scripts/bench/load';

describe('measuring in turns', () => {
  it('measures both in every round, starting each round with the one that went second before', async () => {
    const order: string[] = [];
    const rounds = await inTurns(
      4,
      async () => (order.push('article'), order.length),
      async () => (order.push('floor'), order.length),
    );
    expect(order).toEqual(['article', 'floor', 'floor', 'article', 'article', 'floor', 'floor', 'article']);
    // Each round pairs the two measurements made in it, whichever came first.
    expect(rounds).toEqual([
      { article: 1, floor: 2 },
      { article: 4, floor: 3 },
      { article: 5, floor: 6 },
      { article: 8, floor: 7 },
    ]);
  });

  it('takes the median and the range, so one outlying round moves neither the median nor hides in it', () => {
    expect(medianAndSpread([0.9, 0.62, 0.88, 0.91, 0.87])).toEqual({ median: 0.88, spread: '0.62–0.91' });
    expect(medianAndSpread([0.8, 0.9])).toEqual({ median: 0.85, spread: '0.80–0.90' });
  });

  it('gives each round its article / floor rps and floor / article CPU per answer', () => {
    const figures = (requestsPerSecond: number, serverCpuMsPerRequest?: number): LoadFigures => ({ requestsPerSecond, p50Ms: 1, p99Ms: 2, errors: 0, non2xx: 0, bytesPerResponse: 100, serverCpuMsPerRequest });
    expect(roundRatios([{ article: figures(900, 0.6), floor: figures(1000, 0.5) }, { article: figures(850, 0.55), floor: figures(1000, 0.5) }])).toEqual({ rps: [0.9, 0.85], cpu: [0.83, 0.91] });
    // No CPU figure when a server's process was not known.
    expect(roundRatios([{ article: figures(900), floor: figures(1000, 0.5) }]).cpu).toEqual([]);
  });
});
