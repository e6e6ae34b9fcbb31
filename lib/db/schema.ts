/**
 * The one database schema, for PGlite and PostgreSQL alike. `npm run db:generate` turns changes
 * here into a migration in drizzle/; edit the generated SQL only where drizzle-kit cannot say
 * what is needed, with a comment saying why (0001 converts a column).
 */
import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, pgSequence, pgTable, primaryKey, real, smallint, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';

export const tipMethods = ['wechat', 'alipay', 'link'] as const;

/**
 * A signed-in reader. Sessions are JWTs, so signing in needs no database; this row exists so that
 * bookmarks, likes, history and tips can point at one reader whichever device they use.
 */
export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name'),
  // The provider's avatar URL, shown in the header and beside the reader's tips.
  image: text('image'),
  email: text('email'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Which provider identity belongs to which reader: one row per (provider, that provider's user id). */
export const accounts = pgTable(
  'accounts',
  {
    provider: text('provider').notNull(),
    providerAccountId: text('provider_account_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.provider, table.providerAccountId] }), index('accounts_user_id_idx').on(table.userId)],
);

/** Bookmarks and likes have one shape: a reader marked an article, once. */
function readerMarks(name: 'bookmarks' | 'likes') {
  return pgTable(
    name,
    {
      userId: uuid('user_id')
        .notNull()
        .references(() => users.id, { onDelete: 'cascade' }),
      articleSlug: text('article_slug').notNull(),
      createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    },
    (table) => [
      // The primary key makes marking twice a no-op, and serves "my marks" when led by user_id.
      primaryKey({ columns: [table.userId, table.articleSlug] }),
      // The per-article count.
      index(`${name}_article_slug_idx`).on(table.articleSlug),
    ],
  );
}

export const bookmarks = readerMarks('bookmarks');
export const likes = readerMarks('likes');

/** The articles a reader opened, and how far down the last reading got. */
export const readingHistory = pgTable(
  'reading_history',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    articleSlug: text('article_slug').notNull(),
    // The share of the article body above the reader's position, 0 to 1, at the last reading.
    progress: real('progress').notNull().default(0),
    firstReadAt: timestamp('first_read_at', { withTimezone: true }).notNull().defaultNow(),
    lastReadAt: timestamp('last_read_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.articleSlug] }),
    index('reading_history_user_id_last_read_at_idx').on(table.userId, table.lastReadAt),
    check('reading_history_progress_range', sql`${table.progress} >= 0 and ${table.progress} <= 1`),
  ],
);

export const tips = pgTable(
  'tips',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    articleSlug: text('article_slug').notNull(),
    // Stored rather than looked up from content so an author's count survives an article's removal.
    authorSlug: text('author_slug').notNull(),
    // Integer fen (0.01 yuan): money never passes through floating point.
    amountFen: integer('amount_fen').notNull(),
    method: text('method', { enum: tipMethods }).notNull(),
    message: text('message'),
    // The signed-in reader who tipped; null for an anonymous tip or a reader who has been deleted.
    readerId: uuid('reader_id').references(() => users.id, { onDelete: 'set null' }),
    // A signed-in reader may tip without their name being shown; their own page still lists it.
    anonymous: boolean('anonymous').notNull().default(false),
    // Chosen by the reader's browser once per tip dialog, so a double click or a retried request
    // records the tip once.
    idempotencyKey: text('idempotency_key').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('tips_amount_fen_positive', sql`${table.amountFen} > 0`),
    check('tips_method_known', sql`${table.method} in (${sql.raw(tipMethods.map((m) => `'${m}'`).join(', '))})`),
    // Leads with article_slug, so it serves the per-article count as well as "latest supporters".
    index('tips_article_slug_created_at_idx').on(table.articleSlug, table.createdAt),
    index('tips_author_slug_idx').on(table.authorSlug),
  ],
);

/** Where a comment stands: only approved ones are shown to readers; none is ever deleted. */
export const commentStatuses = ['pending', 'approved', 'hidden', 'spam'] as const;

/** Whose voice a comment carries beside the reader's: the article's author (作者) or an editor (编辑). */
export const commentRoles = ['author', 'editor'] as const;

/**
 * A comment under an article: a signed-in reader's, a guest's, or one imported from the blog's old
 * comment service. Replies are one level deep: `parentId` is the top-level comment they hang under,
 * `replyToName` the one they answer (@mention). Nothing is deleted: a hidden, spam or withdrawn
 * comment keeps its row.
 */
export const comments = pgTable(
  'comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    articleSlug: text('article_slug').notNull(),
    // The signed-in reader who wrote it; null for a guest, an imported comment or a deleted reader.
    readerId: uuid('reader_id').references(() => users.id, { onDelete: 'set null' }),
    // The name shown: the reader's at the time, a guest's nickname, an imported comment's author.
    authorName: text('author_name').notNull(),
    // SHA-256 of the trimmed, lower-cased address (avatars, blocking a guest); never the address.
    emailHash: text('email_hash'),
    site: text('site'),
    // Fixed when written, from the writer's sign-in identities: the list is cached, sessions are not.
    role: text('role', { enum: commentRoles }),
    // Markdown, as written; rendered and sanitized when shown. A new comment is at most 2,000
    // characters (lib/comments/input.ts); the bound here is looser for comments imported as they were.
    body: text('body').notNull(),
    status: text('status', { enum: commentStatuses }).notNull().default('pending'),
    // A moderator deleting a comment leaves its replies, now at the top.
    parentId: uuid('parent_id').references((): AnyPgColumn => comments.id, { onDelete: 'set null' }),
    replyToName: text('reply_to_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    // Withdrawn by its writer: the row stays (replies hang on it), its text is no longer shown.
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    // An imported comment's origin (`waline:<id>`), so that importing again adds nothing twice.
    importKey: text('import_key').unique(),
  },
  (table) => [
    check('comments_status_known', sql`${table.status} in (${sql.raw(commentStatuses.map((s) => `'${s}'`).join(', '))})`),
    check('comments_role_known', sql`${table.role} is null or ${table.role} in (${sql.raw(commentRoles.map((r) => `'${r}'`).join(', '))})`),
    check('comments_body_length', sql`char_length(${table.body}) between 1 and 20000`),
    // The list under an article, in either order, and its count.
    index('comments_article_slug_status_created_at_idx').on(table.articleSlug, table.status, table.createdAt),
    index('comments_parent_id_idx').on(table.parentId),
    index('comments_reader_id_idx').on(table.readerId),
  ],
);

/** A reader, or a guest's address (its hash), who may no longer comment. Exactly one is set. */
export const commentBlocks = pgTable(
  'comment_blocks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    readerId: uuid('reader_id')
      .unique()
      .references(() => users.id, { onDelete: 'cascade' }),
    emailHash: text('email_hash').unique(),
    // Who blocked (the moderator's login), for the record.
    blockedBy: text('blocked_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check('comment_blocks_one_target', sql`(${table.readerId} is null) <> (${table.emailHash} is null)`)],
);

/*
 * The search index, when SEARCH_STORE=postgres (lib/search/postgres/). One index per set of public
 * articles (its fingerprint), so two deployments, or one before and after a scheduled article's
 * time, each query their own. A rewrite fills new rows under a new generation and points the
 * fingerprint at it in the same transaction: a query, one statement, sees the old index or the new.
 */
export const searchGeneration = pgSequence('search_generation');

export const searchIndexes = pgTable('search_indexes', {
  fingerprint: text('fingerprint').primaryKey(),
  generation: integer('generation').notNull().unique(),
  documents: integer('documents').notNull(),
  builtAt: timestamp('built_at', { withTimezone: true }).notNull().defaultNow(),
});

/** An indexed article: its number in the postings, its date for ties and its text for snippets. */
export const searchDocuments = pgTable(
  'search_documents',
  {
    generation: integer('generation').notNull(),
    doc: integer('doc').notNull(),
    slug: text('slug').notNull(),
    // Seconds since the epoch, as the file index keeps it: ties go to the newer article.
    date: bigint('date', { mode: 'number' }).notNull(),
    text: text('text').notNull(),
  },
  (table) => [primaryKey({ columns: [table.generation, table.doc] })],
);

/** One term's posting list: the documents holding it and its whole score (impact) in each. */
export const searchTerms = pgTable(
  'search_terms',
  {
    generation: integer('generation').notNull(),
    // 0: words, 1: bigrams (lib/search/build.ts).
    namespace: smallint('namespace').notNull(),
    term: text('term').notNull(),
    docs: integer('docs').array().notNull(),
    impacts: integer('impacts').array().notNull(),
  },
  (table) => [primaryKey({ columns: [table.generation, table.namespace, table.term] })],
);
