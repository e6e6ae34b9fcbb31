// The floor for page weight and Lighthouse: blank-app/, the smallest App Router page with one client
// component, built with the same Next.js and served the same way as the site.
import path from 'node:path';
import { runMeasured } from './run-measured';
import { NEXT_BIN, startSite } from './servers';

const BLANK_APP = path.join('scripts', 'bench', 'blank-app');
const FLOOR_PORT = 3201;

/** Builds (quickly) and serves the blank page for as long as `fn` runs. */
export async function withFloorPage<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' } as NodeJS.ProcessEnv;
  const build = await runMeasured(process.execPath, [NEXT_BIN, 'build', BLANK_APP], { env, log: path.join(BLANK_APP, '.next', 'build.log') });
  if (build.code !== 0) throw new Error(`the blank page did not build:\n${build.output}`);
  const floor = await startSite(FLOOR_PORT, env, BLANK_APP);
  try {
    return await fn(`${floor.url}/`);
  } finally {
    await floor.stop();
  }
}
