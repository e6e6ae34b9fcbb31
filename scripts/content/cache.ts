// The content step's cache: each article file's result (FileResult: metadata, problems, the body's
// text for search) kept in Next's cache folder, `<build folder>/cache/content`, which Vercel keeps
// between deployments and `next build` leaves in place. A rebuild parses only the files whose
// result may differ. CONTENT_CACHE=off (lib/env.ts) parses every file.
//
// An entry is named by the hash of everything its result is made from:
// - the file's path relative to the articles folder (the slug, the drafts folder) and its bytes;
// - the FileSettings but the list of every post's name (the time zone, the Hexo site);
// - the code that parses: every file under lib/ and scripts/content/. The parse reaches most of lib/
//   (content, hexo, text, site settings, strings), so all of it is hashed rather than a list of
//   imports that could miss one; an unrelated edit there costs one full parse, never a wrong result;
// - the dependencies' versions (package-lock.json's packages) and the Node version.
// What only some files' results depend on is kept in the entry and checked when it is read
// (FileDependencies): the file's modification time, the names of every post, the files beside it.
//
// One small file per entry (v8-serialized: exact, and smaller than UTF-8 JSON for Chinese text): a
// rebuild writes only the entries of the files it parsed and deletes those no file of this build
// used, so the folder holds one generation (63 MB at 10,000 generated articles). Measured at that
// size, reading every entry takes as long as reading one packed file of them all (both about 1.2 s
// on a busy two-core machine, deserializing the text for search being most of it), and a pack
// would be rewritten whole, 41 MB, on every build that changes a file. An entry that cannot be
// read is parsed again; a cache that cannot be written is reported, never fatal.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import type { FileResult, FileSettings, ParseFiles } from '@/lib/content/load';
import { isFile } from '@/lib/hexo/assets';

/** Bumped when an entry's shape changes. */
const FORMAT = 1;
const ENTRY = /^[0-9a-f]{64}\.bin$/;

export type CacheInputs = {
  /** The cache folder. */
  dir: string;
  /** Hash of the code that parses (codeHash). */
  code: string;
  /** Hash of the dependencies' versions (dependencyHash). */
  dependencies: string;
  node: string;
};

/** How many files the last run parsed, and how many it took from the cache. */
export type CacheCounts = { parsed: number; reused: number };

type Entry = { format: number; result: FileResult; postLinks?: string };

const sha256 = (...parts: (string | Buffer)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/** `<build folder>/cache/content`: inside the folder Next.js keeps between builds. */
export function contentCacheDir(): string {
  return path.resolve(process.env.NEXT_DIST_DIR || '.next', 'cache', 'content');
}

/** Hash of every file under `folders` (relative to `root`), names and bytes. */
export function codeHash(root: string = process.cwd(), folders: string[] = ['lib', 'scripts/content']): string {
  const files = folders.flatMap((folder) =>
    fs
      .readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name))),
  );
  return sha256(...files.sort().flatMap((file) => [file, fs.readFileSync(path.join(root, file))]));
}

/** Hash of the version of every installed package, as package-lock.json records them. */
export function dependencyHash(lockFile: string = path.resolve('package-lock.json')): string {
  const { packages } = JSON.parse(fs.readFileSync(lockFile, 'utf8')) as { packages?: unknown };
  return sha256(JSON.stringify(packages ?? null));
}

/** The inputs of this checkout: its code, its dependencies, this Node. */
export function currentCacheInputs(): CacheInputs {
  return { dir: contentCacheDir(), code: codeHash(), dependencies: dependencyHash(), node: process.version };
}

/** Whether what the entry's result depended on is as it was: each file beside the post asked again as the parse asked it. */
function stillValid(entry: Entry, mtime: string, postLinks: string): boolean {
  const { dependsOn } = entry.result;
  if (dependsOn?.mtime !== undefined && dependsOn.mtime !== mtime) return false;
  if (dependsOn?.postLinks && entry.postLinks !== postLinks) return false;
  return Object.entries(dependsOn?.files ?? {}).every(([file, found]) => isFile(file) === found);
}

function readEntry(file: string): Entry | undefined {
  try {
    const entry = v8.deserialize(fs.readFileSync(file)) as Entry;
    return entry?.format === FORMAT && Array.isArray(entry.result?.problems) ? entry : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `parse`, reusing each file's result from the cache in `inputs.dir` when nothing it is made from
 * changed, and keeping the new ones. `counts` tells what the last run did.
 */
export function cachedParse(parse: ParseFiles, inputs: CacheInputs): { parse: ParseFiles; counts: CacheCounts } {
  const counts: CacheCounts = { parsed: 0, reused: 0 };
  const cached: ParseFiles = async (articlesDir, files, settings) => {
    const { postLinkKeys, ...shared } = settings;
    const base = sha256(String(FORMAT), inputs.code, inputs.dependencies, inputs.node, v8.serialize(shared satisfies FileSettings));
    const postLinks = sha256(JSON.stringify(postLinkKeys ?? []));
    const entryFile = (key: string) => path.join(inputs.dir, `${key}.bin`);

    // Synchronous reads: measured at 10,000 files, faster than as many promises at once.
    const looked = files.map((file) => {
      const full = path.join(articlesDir, file);
      try {
        const key = sha256(base, file, fs.readFileSync(full));
        const mtime = fs.statSync(full).mtime.toISOString();
        const entry = readEntry(entryFile(key));
        return { key, mtime, result: entry && stillValid(entry, mtime, postLinks) ? entry.result : undefined };
      } catch {
        // Unreadable: the parse reports why, and nothing is kept.
        return { key: undefined, mtime: '', result: undefined };
      }
    });
    const missing = files.flatMap((file, i) => (looked[i]!.result ? [] : [i]));
    const parsed = await parse(
      articlesDir,
      missing.map((i) => files[i]!),
      settings,
    );
    const results = looked.map(({ mtime, result }) => {
      // The modification time of this copy of the file, as a parse gives it.
      if (result?.article) result.article.meta.modifiedAt = mtime;
      return result;
    });
    const fresh = missing.flatMap((i, n) => {
      const result = (results[i] = parsed[n]!);
      const { key } = looked[i]!;
      return key ? [{ key, entry: { format: FORMAT, result, postLinks: result.dependsOn?.postLinks ? postLinks : undefined } }] : [];
    });
    await keep(inputs.dir, fresh, new Set(looked.flatMap(({ key }) => (key ? [key] : []))));
    counts.parsed = missing.length;
    counts.reused = files.length - missing.length;
    return results as FileResult[];
  };
  return { parse: cached, counts };
}

/**
 * Writes the new entries and deletes every entry this build did not use: one generation, however
 * often the content changes. A folder that cannot be written to is reported; the build goes on.
 */
async function keep(dir: string, fresh: { key: string; entry: Entry }[], used: Set<string>): Promise<void> {
  try {
    await fs.promises.mkdir(dir, { recursive: true });
    await Promise.all(
      fresh.map(async ({ key, entry }) => {
        // Written whole, then renamed: a build stopped halfway leaves no half entry under a key.
        const file = path.join(dir, `${key}.bin`);
        await fs.promises.writeFile(`${file}.tmp`, v8.serialize(entry));
        await fs.promises.rename(`${file}.tmp`, file);
      }),
    );
    const stale = (await fs.promises.readdir(dir)).filter((name) => !used.has(name.replace(/\.bin$/, '')) && (ENTRY.test(name) || name.endsWith('.tmp')));
    await Promise.all(stale.map((name) => fs.promises.rm(path.join(dir, name), { force: true })));
  } catch (error) {
    console.warn(`Content cache: cannot write to ${dir} (${(error as Error).message}); the next build parses again`);
  }
}
