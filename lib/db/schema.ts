/**
 * The one database schema, for PGlite and PostgreSQL alike. `npm run db:generate` turns changes
 * here into a migration in drizzle/; never edit the generated SQL by hand.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const tipMethods = ['wechat', 'alipay', 'link'] as const;

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
    readerId: text('reader_id'),
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
