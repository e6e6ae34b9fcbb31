import { tokenize, type Tokens } from './tokenize';

/** One article as the index sees it: its fields as plain text. */
export type SearchDocument = {
  slug: string;
  /** ISO 8601; newer articles win ties. */
  date: string;
  title: string;
  excerpt: string;
  /** Every category name on every path. */
  categories: string[];
  tags: string[];
  author: string;
  /** The body as text, as the page renders it. */
  body: string;
};

/**
 * Postings of one term: `[docGap, impact, docGap, impact, …]`. Documents ascend, each stored as the
 * gap from the previous one; `impact` is the term's whole score in that document, scaled to an
 * integer, so a query only adds numbers up.
 */
export type Postings = number[];

export type SearchIndex = {
  docs: {
    slugs: string[];
    /** Seconds since the epoch. */
    dates: number[];
    /** Body text with whitespace collapsed, for snippets. */
    texts: string[];
  };
  words: Record<string, Postings>;
  bigrams: Record<string, Postings>;
};

/**
 * Scoring. A term in the title, tags, author or categories adds a fixed bonus per field; the
 * excerpt and body add a BM25F score, which saturates at K1 + 1 (2.2) however often the term is
 * repeated. The title's bonus is above that ceiling, so a title hit outranks any number of body
 * hits of the same term. All of it is multiplied by the term's BM25 idf.
 */
const PRESENCE_BONUS = { title: 3, tags: 1.5, author: 1.5, categories: 1 } as const;
const TEXT_WEIGHT = { excerpt: 2, body: 1 } as const;
const K1 = 1.2;
const B = 0.75;
/** Impacts are stored as integers in hundredths: two digits are plenty to order results. */
const IMPACT_SCALE = 100;

const PRESENCE_FIELDS = ['title', 'tags', 'author', 'categories'] as const;
type PresenceField = (typeof PRESENCE_FIELDS)[number];

/*
 * While documents are read, a posting holds the raw counts, packed into one small integer so that
 * 10,000 articles fit in memory: bits 0–3 say which presence fields hold the term, bits 4–11 the
 * excerpt count, bits 12–29 the body count (each capped).
 */
const EXCERPT_SHIFT = 4;
const BODY_SHIFT = 12;
const EXCERPT_MAX = 0xff;
const BODY_MAX = 0x3ffff;

type Namespace = 'words' | 'bigrams';
type TextLengths = { excerpt: number; body: number };

function countTerms(terms: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

class NamespaceBuilder {
  readonly postings = new Map<string, number[]>();
  readonly lengths: TextLengths[] = [];

  add(doc: number, presence: Record<PresenceField, string[]>, excerpt: string[], body: string[]) {
    const packed = new Map<string, number>();
    PRESENCE_FIELDS.forEach((field, bit) => {
      for (const term of presence[field]) packed.set(term, (packed.get(term) ?? 0) | (1 << bit));
    });
    for (const [term, count] of countTerms(excerpt)) packed.set(term, (packed.get(term) ?? 0) | (Math.min(count, EXCERPT_MAX) << EXCERPT_SHIFT));
    for (const [term, count] of countTerms(body)) packed.set(term, (packed.get(term) ?? 0) | (Math.min(count, BODY_MAX) << BODY_SHIFT));
    for (const [term, value] of packed) {
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = []));
      list.push(doc, value);
    }
    this.lengths.push({ excerpt: excerpt.length, body: body.length });
  }

  /**
   * Turns the raw counts into gap-encoded impacts, now that document frequencies are known. Each
   * list is rewritten in place and handed over, so the index never holds two copies of its postings.
   */
  finish(): Record<string, Postings> {
    const docCount = this.lengths.length;
    const average = (key: keyof TextLengths) => this.lengths.reduce((sum, l) => sum + l[key], 0) / Math.max(1, docCount) || 1;
    const avg = { excerpt: average('excerpt'), body: average('body') };
    // No prototype: a term such as `__proto__` or `constructor` is just a key.
    const out: Record<string, Postings> = Object.create(null);
    // Sorted keys make the file byte-for-byte reproducible from the same content.
    for (const term of [...this.postings.keys()].sort()) {
      const list = this.postings.get(term)!;
      this.postings.delete(term);
      const df = list.length / 2;
      const idf = Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
      let previous = 0;
      for (let i = 0; i < list.length; i += 2) {
        const doc = list[i]!;
        const value = list[i + 1]!;
        const lengths = this.lengths[doc]!;
        let score = 0;
        PRESENCE_FIELDS.forEach((field, bit) => {
          if (value & (1 << bit)) score += PRESENCE_BONUS[field];
        });
        const excerptCount = (value >>> EXCERPT_SHIFT) & EXCERPT_MAX;
        const bodyCount = (value >>> BODY_SHIFT) & BODY_MAX;
        const tf =
          (TEXT_WEIGHT.excerpt * excerptCount) / (1 - B + (B * lengths.excerpt) / avg.excerpt) +
          (TEXT_WEIGHT.body * bodyCount) / (1 - B + (B * lengths.body) / avg.body);
        score += (tf * (K1 + 1)) / (tf + K1);
        list[i] = doc - previous;
        list[i + 1] = Math.max(1, Math.round(idf * score * IMPACT_SCALE));
        previous = doc;
      }
      out[term] = list;
    }
    return out;
  }
}

/**
 * Field text as terms, for the presence fields and the two text fields. `body` is the body's text
 * with whitespace collapsed: whitespace only ever separates terms, so its terms are the same.
 */
function documentTokens(doc: SearchDocument, body: string): { presence: Record<PresenceField, Tokens>; excerpt: Tokens; body: Tokens } {
  return {
    presence: {
      title: tokenize(doc.title),
      tags: tokenize(doc.tags.join(' ')),
      author: tokenize(doc.author),
      categories: tokenize(doc.categories.join(' ')),
    },
    excerpt: tokenize(doc.excerpt),
    body: tokenize(body, { segment: false }),
  };
}

/**
 * The index over `documents`; a document's number is its position in the list. Each document is
 * read once, in order, and not kept: a caller that makes them one at a time (the build's content
 * step) never holds every body at once.
 */
export function buildSearchIndex(documents: Iterable<SearchDocument>): SearchIndex {
  const namespaces: Record<Namespace, NamespaceBuilder> = { words: new NamespaceBuilder(), bigrams: new NamespaceBuilder() };
  const docs: SearchIndex['docs'] = { slugs: [], dates: [], texts: [] };
  for (const doc of documents) {
    const i = docs.slugs.length;
    const body = collapseWhitespace(doc.body);
    const tokens = documentTokens(doc, body);
    for (const ns of ['words', 'bigrams'] as const) {
      const presence = Object.fromEntries(PRESENCE_FIELDS.map((f) => [f, tokens.presence[f][ns]])) as Record<PresenceField, string[]>;
      namespaces[ns].add(i, presence, tokens.excerpt[ns], tokens.body[ns]);
    }
    docs.slugs.push(doc.slug);
    docs.dates.push(Math.floor(Date.parse(doc.date) / 1000));
    docs.texts.push(body);
  }
  return { docs, words: namespaces.words.finish(), bigrams: namespaces.bigrams.finish() };
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
