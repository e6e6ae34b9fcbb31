import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { buildFilePath, readBuildFile, writeBuildFile } from '../build-files';
import { AuthorRegistry, type AuthorProfile } from './authors';
import { articlesRoot, listContentFiles, type ContentOptions, type ContentRead } from './load';
import type { HexoSite } from '../hexo/config';
import type { HexoPage } from '../hexo/pages';
import type { ArticleMeta, ContentProblem } from './types';

/**
 * The content manifest: everything `readContent` found (metadata of every article, authors,
 * category settings, problems), written once by the build's content step. Every build worker and
 * every server process loads it instead of parsing every article body again: at 10,000 articles
 * that is a fraction of a second instead of a minute, and no body is held in memory.
 */

/** Bumped whenever the shape of ArticleMeta or of this file changes, so an old file is rebuilt, not misread. */
const FORMAT_VERSION = 3;

type ManifestFile = {
  version: number;
  /** The folders and settings it was made with, relative to the project, as the server sees them too. */
  source: string;
  /** The content files' names and sizes when it was made. */
  files: string;
  all: ArticleMeta[];
  authors: AuthorProfile[];
  settings: ContentRead['settings'];
  problems: ContentProblem[];
  timeZone: string;
  hexo?: HexoSite;
  pages: HexoPage[];
  siteFiles: Record<string, string>;
};

export function contentManifestPath(): string {
  return buildFilePath('.content');
}

/** The options that decide what is read, with folders relative to the working directory (a deployment moves it). */
function describeSource(options: ContentOptions): string {
  const relative = (dir: string) => path.relative(process.cwd(), path.resolve(dir)) || '.';
  const hexo = options.hexo && { ...options.hexo, dir: relative(options.hexo.dir), sourceDir: relative(options.hexo.sourceDir) };
  return JSON.stringify([relative(options.contentDir), relative(options.articlesDir), options.timeZone, options.defaultAuthor ?? null, hexo ?? null]);
}

/**
 * Names and sizes of every file the content is read from. A file added, removed or resized since
 * the manifest was written makes it stale. Sizes rather than times: copying a build to a server or
 * a serverless bundle changes modification times, not sizes.
 */
async function describeFiles(options: ContentOptions): Promise<string> {
  const articles = await listContentFiles(options).catch(() => []);
  const authorsDir = path.join(options.contentDir, 'authors');
  const authors = (await fs.readdir(authorsDir).catch(() => [])).sort();
  const entries: [name: string, file: string][] = [
    ...articles.map((file): [string, string] => [file, path.join(articlesRoot(options), file)]),
    ...authors.map((name): [string, string] => [`authors/${name}`, path.join(authorsDir, name)]),
    ['categories.yml', path.join(options.contentDir, 'categories.yml')],
  ];
  const sizes = await Promise.all(entries.map(([, file]) => fs.stat(file).then((s) => s.size, () => -1)));
  const hash = createHash('sha256');
  entries.forEach(([name], i) => hash.update(`${name}\u0000${sizes[i]}\n`));
  return hash.digest('hex');
}

/** Writes the manifest of `read` where `readContentManifest` looks (replacing the old file in one step). */
export async function writeContentManifest(read: ContentRead, options: ContentOptions): Promise<{ file: string; bytes: number }> {
  const manifest: ManifestFile = {
    version: FORMAT_VERSION,
    source: describeSource(options),
    files: await describeFiles(options),
    all: read.all,
    authors: read.registry.all(),
    settings: read.settings,
    problems: read.problems,
    timeZone: read.timeZone,
    hexo: read.hexo,
    pages: read.pages,
    siteFiles: read.siteFiles,
  };
  const file = contentManifestPath();
  return { file, bytes: await writeBuildFile(file, JSON.stringify(manifest)) };
}

/** What the manifest holds, if it was made from the content these options read as it is now; otherwise why not. */
export async function readContentManifest(options: ContentOptions): Promise<ContentRead | string> {
  const manifest = await readBuildFile<ManifestFile>(contentManifestPath(), FORMAT_VERSION);
  if (typeof manifest === 'string') return manifest;
  if (manifest.source !== describeSource(options)) return 'was made from other content folders or settings';
  if (manifest.files !== (await describeFiles(options))) return 'was made before content files were added, removed or changed';
  return {
    all: manifest.all,
    // Profiles and the authors articles named without one; nothing new to report about them.
    registry: new AuthorRegistry(manifest.authors, []),
    settings: manifest.settings,
    problems: manifest.problems,
    articlesDir: articlesRoot(options),
    timeZone: manifest.timeZone,
    // The folders as this process sees them: a deployment may have moved the project.
    hexo: options.hexo,
    pages: manifest.pages,
    siteFiles: manifest.siteFiles,
  };
}

/**
 * While `npm run build` is still writing the manifest, this file exists beside it: the build starts
 * `next build` at once (compiling needs no content) and its workers wait here for the manifest
 * instead of reading every article themselves.
 */
export function manifestPendingPath(): string {
  return `${contentManifestPath()}.pending`;
}

const WAIT_STEP_MS = 100;
const WAIT_LIMIT_MS = 15 * 60_000;

/** The manifest, once the build step that is writing it has finished; why not, if it failed or never started. */
export async function waitForContentManifest(options: ContentOptions): Promise<ContentRead | string> {
  const pending = () => fs.access(/*turbopackIgnore: true*/ manifestPendingPath()).then(() => true, () => false);
  for (let waited = 0; waited < WAIT_LIMIT_MS && (await pending()); waited += WAIT_STEP_MS) {
    await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
  }
  return readContentManifest(options);
}
