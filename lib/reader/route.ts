/**
 * What every reader endpoint (/api/reader/…) checks before it touches data, in this order: login
 * is on, a write comes from this site, the session verifies and names a reader, the reader is
 * within the rate limit, the body is small valid JSON, the database answers. Each refusal is a 4xx or
 * 503 with a message a person can read, and nothing is written.
 */
import type { ZodType } from 'zod';
import { loginEnabled } from '../auth/login-enabled';
import { currentReader } from '../auth/session';
import { getDbIfAvailable } from '../db';
import type { Database } from '../db/connection';
import { fromThisSite, readJson, refuse } from '../json-api';
import { t } from '../strings';
import { createRateLimiter } from '../rate-limit/limiter';

const errors = t.reader.errors;

/** Bookmarks, likes and reading positions: a reader scrolling and clicking stays far below this. */
const rateLimiter = createRateLimiter({ name: 'reader-writes', limit: 120, windowMs: 60_000 });
const RETRY_AFTER_SECONDS = 60;

/** Largest request body: the sign-in merge of MERGE_LIMIT bookmarks and history entries fits. */
const MAX_BODY_BYTES = 128 * 1024;

export type ReaderRequest<Body> = { readerId: string; db: Database; body: Body };

type Options<Body> = {
  /** A write: checked for origin and rate limited. */
  write: boolean;
  /** The JSON body's schema; without one the body is not read. */
  body?: ZodType<Body>;
  /** What a reader is told while the database is down, where the endpoint has words of its own. */
  unavailable?: string;
};

/** Runs `handle` for a verified reader, or answers why not. */
export async function forReader<Body = undefined>(
  request: Request,
  options: Options<Body>,
  handle: (input: ReaderRequest<Body>) => Promise<Response>,
): Promise<Response> {
  if (!loginEnabled()) return refuse(404, errors.loginOff);
  if (options.write && !fromThisSite(request)) return refuse(403, errors.forbidden);
  const reader = await currentReader();
  if (!reader) return refuse(401, errors.unauthorized);
  const unavailable = options.unavailable ?? errors.unavailable;
  // Signed in while the database was down: the session has no account id to write under yet.
  if (!reader.id) return refuse(503, unavailable);
  if (options.write && !(await rateLimiter.tryAcquire(reader.id))) {
    return refuse(429, errors.rateLimited, { 'Retry-After': String(RETRY_AFTER_SECONDS) });
  }

  let body = undefined as Body;
  if (options.body) {
    const read = await readJson(request, MAX_BODY_BYTES);
    if (!read.ok) return read.response;
    const parsed = options.body.safeParse(read.value);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`).join('; ');
      return refuse(400, `${errors.invalid} ${detail}`);
    }
    body = parsed.data;
  }
  try {
    const db = await getDbIfAvailable();
    if (!db) return refuse(503, unavailable);
    return await handle({ readerId: reader.id, db, body });
  } catch (error) {
    console.error('[读者] a reader request failed:', error);
    return refuse(503, unavailable);
  }
}

