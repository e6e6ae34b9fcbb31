import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Where the build keeps a file it writes before `next build` for the site to read: `<folder>/next.json`,
 * or `<folder>/next-test.json` for NEXT_DIST_DIR=.next-test (`.bin` for a binary file). One file
 * per build folder, because the e2e tests build the site side by side from different content. No
 * leading dot in the file name, which file globs (the trace's `outputFileTracingIncludes`) would skip.
 */
export function buildFilePath(folder: '.search' | '.content', extension: 'json' | 'bin' = 'json'): string {
  const dist = path.basename(process.env.NEXT_DIST_DIR || '.next').replace(/^\.+/, '') || 'next';
  return path.resolve(/*turbopackIgnore: true*/ folder, `${dist}.${extension}`);
}

/** Writes a build file in one step (a reader never sees half of it), whole or in parts; returns its size in bytes. */
export async function writeBuildFile(file: string, content: string | Iterable<string | Uint8Array>): Promise<number> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(`${file}.tmp`, content);
  await fs.rename(`${file}.tmp`, file);
  return (await fs.stat(file)).size;
}

/** A build file's bytes; otherwise why it cannot be read. */
export async function readBuildFileBytes(file: string): Promise<Buffer | string> {
  try {
    return await fs.readFile(/*turbopackIgnore: true*/ file);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read (${(error as Error).message})`;
  }
}

/** A JSON build file written with format `version`; otherwise why it cannot be used. */
export async function readBuildFile<T extends { version: number }>(file: string, version: number): Promise<T | string> {
  const bytes = await readBuildFileBytes(file);
  if (typeof bytes === 'string') return bytes;
  let stored: T;
  try {
    stored = JSON.parse(bytes.toString('utf8')) as T;
  } catch (error) {
    return `cannot be read (${(error as Error).message})`;
  }
  return stored?.version === version ? stored : `has format ${stored?.version}, not ${version}`;
}
