// The headline serving figure: the cached article against the padded floor, measured in turns
// (article then floor, floor then article, …) rather than once each. On a shared machine one
// measurement can be off by a fifth; in turns, what else the machine does falls on both alike, and
// the median of the rounds' ratios, with their spread, says whether a target is met rather than
// which run was lucky.
import { measureLoad, type LoadFigures, type LoadOptions } from './load';
import { median, ratio, round } from './report';

export type Round<T = LoadFigures> = { article: T; floor: T };

/** `rounds` rounds of measuring the article and the floor, each round starting with the other one. */
export async function inTurns<T>(rounds: number, article: () => Promise<T>, floor: () => Promise<T>): Promise<Round<T>[]> {
  const measured: Round<T>[] = [];
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      const first = await article();
      measured.push({ article: first, floor: await floor() });
    } else {
      const first = await floor();
      measured.push({ floor: first, article: await article() });
    }
  }
  return measured;
}

/** The article and the floor under the same load, in turns; each URL with the process answering it. */
export const measureInTurns = (article: { url: string; pid: number }, floor: { url: string; pid: number }, rounds: number, options: LoadOptions) =>
  inTurns(
    rounds,
    () => measureLoad(article.url, options, article.pid),
    () => measureLoad(floor.url, options, floor.pid),
  );

/** The median of `values` to two places, and their range as "low–high". */
export function medianAndSpread(values: number[]): { median: number; spread: string } {
  return { median: round(median(values), 2), spread: `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}` };
}

/** Per round: article / floor requests per second, and floor / article server CPU per answer (1 = as cheap as the floor). */
export function roundRatios(rounds: Round[]): { rps: number[]; cpu: number[] } {
  return {
    rps: rounds.map(({ article, floor }) => ratio(article.requestsPerSecond, floor.requestsPerSecond)),
    cpu: rounds.flatMap(({ article, floor }) => (article.serverCpuMsPerRequest && floor.serverCpuMsPerRequest ? [ratio(floor.serverCpuMsPerRequest, article.serverCpuMsPerRequest)] : [])),
  };
}
