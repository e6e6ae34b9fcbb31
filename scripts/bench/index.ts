// `npm run bench -- <name> [options]`: runs one benchmark from this folder and prints its figures.
// Benchmarks measure and print; they assert nothing.
import process from 'node:process';

const benchmarks: Record<string, () => Promise<{ run: (args: string[]) => Promise<void> }>> = {
  search: () => import('./search'),
};

const [benchmark, ...args] = process.argv.slice(2);
const load = benchmark ? benchmarks[benchmark] : undefined;
if (!load) {
  console.error(`usage: npm run bench -- <${Object.keys(benchmarks).join('|')}> [options]`);
  process.exit(2);
}
await (await load()).run(args);
