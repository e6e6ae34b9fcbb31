import type { ArticleMeta } from '../../content';
import type { Database } from '../../db';
import type { SearchResults } from '../query';
import { buildContentSearchIndex, contentFingerprint } from '../store';
import { queryPostgresIndex } from './query';
import { writePostgresSearchIndex } from './write';

/** PostgreSQL could not be reached or answered with an error: the search page says so instead of failing. */
export class SearchUnavailableError extends Error {
  constructor(cause: unknown) {
    super('the search index in PostgreSQL could not be read', { cause });
    this.name = 'SearchUnavailableError';
  }
}

const fingerprints = new WeakMap<ArticleMeta[], string>();
/** Per article set, the one build this process runs when the database holds no index of it. */
const building = new Map<string, Promise<unknown>>();

/**
 * One page of results for `query` over `articles` (the public articles now), from the index in
 * PostgreSQL. `npm run build` stores the index of the articles public at build time; when the
 * public articles have changed since (a scheduled article's time came), the first instance to
 * search builds the index of the new set into the database, as the file store builds it in memory,
 * and every other instance waits for that one build rather than running its own.
 */
export async function searchPostgresIndex(
  openDb: () => Promise<Database>,
  articles: ArticleMeta[],
  query: string,
  options: { page?: number; pageSize: number },
): Promise<SearchResults> {
  let fingerprint = fingerprints.get(articles);
  if (!fingerprint) fingerprints.set(articles, (fingerprint = contentFingerprint(articles)));
  try {
    const db = await openDb();
    const found = await queryPostgresIndex(db, fingerprint, query, options);
    if (found) return found;
    await buildOnce(db, fingerprint);
    const built = await queryPostgresIndex(db, fingerprint, query, options);
    if (!built) throw new Error('the index just written is missing');
    return built;
  } catch (error) {
    // The driver's reason (refused, timed out), not Drizzle's wrapper, which repeats the whole statement.
    const reason = error instanceof Error ? ((error.cause instanceof Error ? error.cause : error).message) : String(error);
    console.error(`[搜索] the search index in PostgreSQL could not be read: ${reason}`);
    throw new SearchUnavailableError(error);
  }
}

function buildOnce(db: Database, fingerprint: string): Promise<unknown> {
  let build = building.get(fingerprint);
  if (!build) {
    console.warn(`[搜索] PostgreSQL holds no search index of the articles public now (${fingerprint}); building it. \`npm run build\` writes it ahead of time.`);
    build = buildContentSearchIndex().then((index) => writePostgresSearchIndex(db, fingerprint, index, { onlyIfMissing: true }));
    building.set(fingerprint, build);
    void build.finally(() => building.delete(fingerprint)).catch(() => undefined);
  }
  return build;
}
