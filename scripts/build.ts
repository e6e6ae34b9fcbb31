// `npm run build`: `next build`, with the content step (scripts/content/step.ts) beside it. Compiling
// and type checking need no content, so Next.js starts at once; its workers wait for the content
// manifest (lib/content/manifest.ts) before they render a page. The search index is only read when
// the site runs, so it is built while Next.js renders pages. Each step runs on whatever CPU the
// other leaves idle, and the build ends when both have.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { manifestPendingPath } from '@/lib/content/manifest';
import { copyKatexAssets } from '@/lib/content/math/assets';
import { warnIfTipsUnavailable } from '@/lib/db/availability';
import { writeManifest, writeSearch } from './content/step';

warnIfTipsUnavailable();
// Before Next.js starts: it publishes public/ as it finds it.
copyKatexAssets();
const pending = manifestPendingPath();
fs.mkdirSync(path.dirname(pending), { recursive: true });
fs.writeFileSync(pending, '');
const next = createRequire(path.resolve('package.json')).resolve('next/dist/bin/next');
const child = spawn(process.execPath, [next, 'build', ...process.argv.slice(2)], { stdio: 'inherit' });
const built = new Promise<number>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));

try {
  const content = await writeManifest().finally(() => fs.rmSync(pending, { force: true }));
  await writeSearch(content);
} catch (error) {
  console.error((error as Error).message);
  child.kill('SIGTERM');
  await built;
  process.exit(1);
}
process.exit(await built);
