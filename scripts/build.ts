// `npm run build`: the content step (scripts/content/step.ts), then `next build`. The search index
// is only read when the site runs, so it is built while Next.js builds, on whatever CPU Next leaves
// idle (type checking and parts of compiling use one core), rather than before it.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { warnIfTipsUnavailable } from '@/lib/db/availability';
import { writeManifest, writeSearch } from './content/step';

warnIfTipsUnavailable();
const content = await writeManifest();
const next = createRequire(path.resolve('package.json')).resolve('next/dist/bin/next');
const child = spawn(process.execPath, [next, 'build', ...process.argv.slice(2)], { stdio: 'inherit' });
const built = new Promise<number>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
await writeSearch(content);
process.exit(await built);
