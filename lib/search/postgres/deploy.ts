import type { ArticleMeta } from '../../content';
import { createDb } from '../../db';
import { buildSearchIndex, type SearchDocument } from '../build';
import { contentFingerprint } from '../store';
import { writePostgresSearchIndex, type WriteResult } from './write';

/**
 * The build's search step with SEARCH_STORE=postgres: applies pending migrations (advisory-locked,
 * so parallel deployments take turns) and stores the index of `articles` at `url`, replacing any
 * index of the same articles atomically.
 */
export async function writeSearchIndexToPostgres(url: string, from: { articles: ArticleMeta[]; documents: Iterable<SearchDocument> }): Promise<WriteResult> {
  const connection = await createDb({ url });
  try {
    await connection.migrate();
    return await writePostgresSearchIndex(connection.db, contentFingerprint(from.articles), buildSearchIndex(from.documents));
  } finally {
    await connection.close();
  }
}
