/**
 * PGlite is PostgreSQL in this process, and its data folder is not made for two: a second process
 * opening it corrupts it or fails in confusing ways. A server therefore holds an exclusive lock on
 * DATA_DIR (a `<DATA_DIR>.lock` folder beside it, refreshed while the server runs, and the holder's
 * process id in `<DATA_DIR>.pid`) and a second
 * server on the same folder stops at start, saying why. Only servers take it: scripts and tests that
 * open PGlite in their own process do not.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import lockfile from 'proper-lockfile';

/** A lock its holder has not refreshed for this long is a dead process's, and is taken over. */
const STALE_MS = 5_000;
/**
 * How long a server waits for a lock before giving up: a little past STALE_MS, so a server
 * restarted at once after a crash takes over its predecessor's lock rather than failing.
 */
const RETRY = { retries: 7, minTimeout: 1_000, maxTimeout: 1_000, factor: 1 };


/** Takes the lock, held until this process ends; resolves to its release. */
export async function lockDataDir(dataDir: string, options: { wait?: boolean } = {}): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const lockDir = `${dataDir}.lock`;
  // Beside the lock rather than in it: the lock is a folder the library removes, and expects empty.
  const holderFile = `${dataDir}.pid`;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dataDir, {
      lockfilePath: lockDir,
      stale: STALE_MS,
      retries: options.wait === false ? 0 : RETRY,
      // The lock could not be refreshed (its folder removed, the disk full): say so rather than crash.
      onCompromised: (error) => console.warn(`[数据库] the lock on DATA_DIR ${dataDir} was lost: ${error.message}`),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    const holder = (await readFile(holderFile, 'utf8').catch(() => '')).trim() || 'another process';
    throw new Error(
      `DATA_DIR ${dataDir} is already used by ${/^\d+$/.test(holder) ? `process ${holder}` : holder}; PGlite allows one process per data folder: give each instance its own DATA_DIR, or set DATABASE_URL to share one PostgreSQL server.`,
    );
  }
  await writeFile(holderFile, String(process.pid));
  return release;
}
