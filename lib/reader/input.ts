import { z } from 'zod';

/** The most a browser may hand over at sign-in: more than a person keeps, less than a flood. */
export const MERGE_LIMIT = 500;
const SLUG_MAX = 500;

const slug = z.string().min(1).max(SLUG_MAX);
const progress = z.number().finite().min(0).max(1);
/** When something happened in the browser: not before the site existed, not in the future. */
const when = z
  .union([z.number(), z.string()])
  .transform((value) => new Date(value))
  .refine((date) => !Number.isNaN(date.getTime()) && date.getTime() > Date.UTC(2000, 0, 1), { message: 'must be a time' })
  // A browser clock running ahead is clamped to now rather than refused.
  .transform((date) => new Date(Math.min(date.getTime(), Date.now())));

/**
 * PUT /api/reader/history/<slug>: how far down the article the reader is, and when the browser saw
 * it there, so that two reports arriving out of order (the visit's first report and the one sent
 * on leaving) keep the later position. Without `at`, the time the server receives it.
 */
export const readingInput = z.strictObject({ progress, at: when.optional() });

/** POST /api/reader/merge: what this browser kept while signed out. */
export const mergeInput = z.strictObject({
  bookmarks: z.array(z.strictObject({ slug, at: when })).max(MERGE_LIMIT).default([]),
  history: z.array(z.strictObject({ slug, progress, at: when })).max(MERGE_LIMIT).default([]),
});
