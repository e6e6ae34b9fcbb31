import path from 'node:path';
import { z } from 'zod';

/**
 * Every environment variable the site reads, validated once. A wrong value stops the process with
 * the variable's name rather than surfacing later as a confusing rendering bug.
 */
const schema = z.object({
  CONTENT_DIR: z.string().min(1).default('content'),
  ARTICLES_DIR: z.string().min(1).optional(),
  SITE_URL: z.url().optional(),
  VERCEL_PROJECT_PRODUCTION_URL: z.string().optional(),
  VERCEL_URL: z.string().optional(),
  SITE_TIMEZONE: z
    .string()
    .default('Asia/Shanghai')
    .refine(isTimeZone, { message: 'must be an IANA time zone such as Asia/Shanghai' }),
  CONTENT_STRICT: z
    .enum(['0', '1', 'true', 'false', ''])
    .default('')
    .transform((v) => v === '1' || v === 'true'),
  DATABASE_URL: z
    .string()
    .optional()
    .transform((v) => v?.trim() || undefined)
    .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
      message: 'must be a PostgreSQL connection URL such as postgres://user:password@host:5432/yuedu',
    }),
  DATA_DIR: z.string().min(1).default('data'),
  // Unset: migrate on first use except against a production PostgreSQL (see lib/db/availability.ts).
  DB_AUTO_MIGRATE: z
    .enum(['0', '1', 'true', 'false', ''])
    .default('')
    .transform((v) => (v === '' ? undefined : v === '1' || v === 'true')),
  VERCEL: z.string().optional(),
  NODE_ENV: z.string().optional(),
});

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export type Env = {
  contentDir: string;
  articlesDir: string;
  siteUrl: string;
  timeZone: string;
  strictContent: boolean;
  /** PostgreSQL server for tips; without it tips go to an embedded PGlite database in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** undefined: the default for the database in use. */
  dbAutoMigrate: boolean | undefined;
  /** Running on Vercel, whose file system is read-only apart from a temporary folder. */
  onVercel: boolean;
  production: boolean;
};

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  // Content is found at run time from a configurable folder; outputFileTracingIncludes ships it.
  const contentDir = path.resolve(/*turbopackIgnore: true*/ env.CONTENT_DIR);
  const vercelHost = env.VERCEL_PROJECT_PRODUCTION_URL || env.VERCEL_URL;
  return {
    contentDir,
    articlesDir: path.resolve(/*turbopackIgnore: true*/ env.ARTICLES_DIR ?? path.join(contentDir, 'articles')),
    siteUrl: (env.SITE_URL ?? (vercelHost ? `https://${vercelHost}` : 'http://localhost:3000')).replace(/\/+$/, ''),
    timeZone: env.SITE_TIMEZONE,
    strictContent: env.CONTENT_STRICT,
    databaseUrl: env.DATABASE_URL,
    dataDir: path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR),
    dbAutoMigrate: env.DB_AUTO_MIGRATE,
    onVercel: Boolean(env.VERCEL),
    production: env.NODE_ENV === 'production',
  };
}

let cached: Env | undefined;
export function env(): Env {
  return (cached ??= readEnv());
}
