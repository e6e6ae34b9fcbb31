import { sql } from 'drizzle-orm';
import type { Database } from '../../db';
import { queryTerms, resultsPage, unitsNeeded, type SearchResults } from '../query';
import { rows } from './rows';
import { NAMESPACE_NUMBER } from './write';

type Answer = { indexed: boolean; total: number; hits: { slug: string; text: string }[] };

/**
 * `searchIndex` (lib/search/query.ts) computed in PostgreSQL: the same terms, the same impacts
 * summed per document, the same coverage rule and order (score × coverage², then newer, then
 * document number), in double precision as in JavaScript, so both stores rank alike. Only the
 * posting lists of the query's terms are read, and only the page's texts come back, for the
 * snippets. One statement, so it reads one snapshot: a rewrite committing meanwhile is seen
 * whole or not at all. Undefined when no index of these articles (`fingerprint`) is stored.
 */
export async function queryPostgresIndex(
  db: Database,
  fingerprint: string,
  query: string,
  { page = 1, pageSize }: { page?: number; pageSize: number },
): Promise<SearchResults | undefined> {
  const terms = queryTerms(query);
  const lookups = [
    ...terms.units.map((u) => ({ namespace: NAMESPACE_NUMBER[u.namespace], term: u.term, counts: true })),
    ...terms.words.map((term) => ({ namespace: NAMESPACE_NUMBER.words, term, counts: false })),
  ];
  const unitCount = Math.max(1, terms.units.length);
  const [answer] = await rows<Answer>(
    db,
    sql`
    with generation as (select generation from search_indexes where fingerprint = ${fingerprint}),
    lookups as (
      select * from unnest(${sql.param(lookups.map((l) => l.namespace))}::smallint[], ${sql.param(lookups.map((l) => l.term))}::text[], ${sql.param(lookups.map((l) => l.counts))}::boolean[])
        as l(namespace, term, counts)),
    postings as (
      select p.doc, p.impact, l.counts
      from lookups l
      join search_terms t on t.generation = (select generation from generation) and t.namespace = l.namespace and t.term = l.term
      cross join lateral unnest(t.docs, t.impacts) as p(doc, impact)),
    scored as (
      select doc, sum(impact)::float8 as score, count(*) filter (where counts) as matched
      from postings group by doc),
    ranked as (
      select doc, score * (matched::float8 / ${unitCount}) * (matched::float8 / ${unitCount}) as rank
      from scored where matched >= ${unitsNeeded(terms)}),
    page as (
      select r.doc, row_number() over (order by r.rank desc, d.date desc, r.doc) as position
      from ranked r join search_documents d on d.generation = (select generation from generation) and d.doc = r.doc
      order by r.rank desc, d.date desc, r.doc
      limit ${pageSize} offset ${(page - 1) * pageSize})
    select exists (select 1 from generation) as indexed,
      (select count(*) from ranked)::int as total,
      coalesce((
        select json_agg(json_build_object('slug', d.slug, 'text', d.text) order by p.position)
        from page p join search_documents d on d.generation = (select generation from generation) and d.doc = p.doc
      ), '[]'::json) as hits`,
  );
  if (!answer?.indexed) return undefined;
  return resultsPage(terms, answer.total, page, pageSize, answer.hits);
}
