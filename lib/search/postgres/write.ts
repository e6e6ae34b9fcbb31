import { sql } from 'drizzle-orm';
import type { Database } from '../../db';
import type { Postings, SearchIndex } from '../build';
import { rows } from './rows';

/** Any fixed number works; it only has to be the same in every process that writes the index. */
const SEARCH_INDEX_LOCK = 4_242_002;
/** Indexes of other article sets kept besides the one written: a deployment still rolling out keeps its own. */
const KEPT_OTHER_INDEXES = 2;
/**
 * What one INSERT carries: enough to keep round trips few, little enough that a statement stays
 * well within the connection's query timeout (lib/db/postgres.ts) on a large site, where a common
 * term's list holds a posting for nearly every article.
 */
const POSTINGS_PER_STATEMENT = 200_000;
const DOCUMENTS_PER_STATEMENT = 500;

export const NAMESPACE_NUMBER = { words: 0, bigrams: 1 } as const;

/** A gap-encoded posting list (lib/search/build.ts) as PostgreSQL array literals of documents and impacts. */
function postingArrays(postings: Postings): { docs: string; impacts: string } {
  const docs: number[] = [];
  const impacts: number[] = [];
  let doc = 0;
  for (let i = 0; i < postings.length; i += 2) {
    doc += postings[i]!;
    docs.push(doc);
    impacts.push(postings[i + 1]!);
  }
  return { docs: `{${docs.join(',')}}`, impacts: `{${impacts.join(',')}}` };
}

/** The terms of one namespace in runs of about POSTINGS_PER_STATEMENT postings. */
function* termBatches(postings: Record<string, Postings>): Generator<string[]> {
  let batch: string[] = [];
  let size = 0;
  for (const term of Object.keys(postings)) {
    batch.push(term);
    size += postings[term]!.length / 2;
    if (size >= POSTINGS_PER_STATEMENT) {
      yield batch;
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) yield batch;
}

export type WriteResult = { generation: number; documents: number; written: boolean };

/**
 * Stores `index` as the index of the articles `fingerprint` identifies, in one transaction: its
 * rows go in under a new generation, the fingerprint is pointed at it, and the rows it replaces
 * are deleted. A query running meanwhile sees the old index whole until the commit, then the new
 * one. Writers take turns on an advisory lock; with `onlyIfMissing` a writer that finds the index
 * already written by another (several instances noticing the same scheduled article) writes nothing.
 */
export async function writePostgresSearchIndex(
  db: Database,
  fingerprint: string,
  index: SearchIndex,
  { onlyIfMissing = false }: { onlyIfMissing?: boolean } = {},
): Promise<WriteResult> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEARCH_INDEX_LOCK})`);
    const existing = await rows<{ generation: number; documents: number }>(tx, sql`select generation, documents from search_indexes where fingerprint = ${fingerprint}`);
    if (onlyIfMissing && existing[0]) return { ...existing[0], written: false };

    const [next] = await rows<{ generation: string }>(tx, sql`select nextval('search_generation') as generation`);
    const generation = Number(next!.generation);
    const { slugs, dates, texts } = index.docs;
    for (let from = 0; from < slugs.length; from += DOCUMENTS_PER_STATEMENT) {
      const to = Math.min(slugs.length, from + DOCUMENTS_PER_STATEMENT);
      const docs = Array.from({ length: to - from }, (_, i) => from + i);
      await tx.execute(sql`
        insert into search_documents (generation, doc, slug, date, text)
        select ${generation}, d.doc, d.slug, d.date, d.text
        from unnest(${sql.param(docs)}::int[], ${sql.param(slugs.slice(from, to))}::text[], ${sql.param(dates.slice(from, to))}::bigint[], ${sql.param(texts.slice(from, to))}::text[])
          as d(doc, slug, date, text)`);
    }
    for (const namespace of ['words', 'bigrams'] as const) {
      for (const batch of termBatches(index[namespace])) {
        const arrays = batch.map((term) => postingArrays(index[namespace][term]!));
        await tx.execute(sql`
          insert into search_terms (generation, namespace, term, docs, impacts)
          select ${generation}, ${NAMESPACE_NUMBER[namespace]}, t.term, t.docs::int[], t.impacts::int[]
          from unnest(${sql.param(batch)}::text[], ${sql.param(arrays.map((a) => a.docs))}::text[], ${sql.param(arrays.map((a) => a.impacts))}::text[])
            as t(term, docs, impacts)`);
      }
    }

    await tx.execute(sql`
      insert into search_indexes (fingerprint, generation, documents) values (${fingerprint}, ${generation}, ${slugs.length})
      on conflict (fingerprint) do update set generation = excluded.generation, documents = excluded.documents, built_at = now()`);
    // The generation just replaced, and the indexes of article sets older than the few kept.
    const stale = await rows<{ generation: number }>(tx, sql`
      delete from search_indexes where fingerprint in (
        select fingerprint from search_indexes where fingerprint <> ${fingerprint} order by built_at desc offset ${KEPT_OTHER_INDEXES})
      returning generation`);
    const dropped = [...stale, ...existing].map((r) => r.generation);
    if (dropped.length > 0) {
      await tx.execute(sql`delete from search_terms where generation = any(${sql.param(dropped)}::int[])`);
      await tx.execute(sql`delete from search_documents where generation = any(${sql.param(dropped)}::int[])`);
    }
    return { generation, documents: slugs.length, written: true };
  });
}
