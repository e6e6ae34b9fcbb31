import path from 'node:path';
import proxyAddr from 'proxy-addr';
import { z } from 'zod';
import { readHexoIdentity } from './hexo/identity';
import { site } from './site';

/** A variable that may be unset; blank counts as unset, so `FOO=` in a .env file turns FOO off. */
const optionalText = z
  .string()
  .optional()
  .transform((v) => v?.trim() || undefined);

/**
 * Every environment variable the site reads, validated once. A wrong value stops the process with
 * the variable's name rather than surfacing later as a confusing rendering bug.
 */
const schema = z.object({
  CONTENT_DIR: z.string().min(1).optional(),
  ARTICLES_DIR: z.string().min(1).optional(),
  HEXO_DIR: optionalText,
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
  // The build's content step reuses each article's parse from <build folder>/cache/content
  // (scripts/content/cache.ts); `off` parses every article again.
  CONTENT_CACHE: z.enum(['on', 'off']).default('on'),
  DATABASE_URL: z
    .string()
    .optional()
    .transform((v) => v?.trim() || undefined)
    .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
      message: 'must be a PostgreSQL connection URL such as postgres://user:password@host:5432/yuedu',
    }),
  DATA_DIR: z.string().min(1).default('data'),
  // Where the search index lives (lib/search/): a file per build, or PostgreSQL at DATABASE_URL.
  SEARCH_STORE: z.enum(['file', 'postgres']).default('file'),
  // Redis (or Valkey) every instance shares: the Next cache (lib/cache) and rate limits (lib/rate-limit;
  // unset: PostgreSQL if DATABASE_URL, else memory).
  REDIS_URL: optionalText.refine((v) => v === undefined || /^rediss?:\/\//.test(v), {
    message: 'must be a Redis connection URL such as redis://:password@host:6379 or rediss://…',
  }),
  // The proxies in front of the site whose X-Forwarded-For is believed (lib/client-address).
  TRUSTED_PROXIES: optionalText.refine((v) => v === undefined || compilesAsTrust(v), {
    message: 'must be a comma-separated list of addresses, CIDR ranges (10.0.0.0/8, fd00::/8) or the words loopback, linklocal, uniquelocal',
  }),
  // Unset: migrate on first use except against a production PostgreSQL (see lib/db/availability.ts).
  DB_AUTO_MIGRATE: z
    .enum(['0', '1', 'true', 'false', ''])
    .default('')
    .transform((v) => (v === '' ? undefined : v === '1' || v === 'true')),
  VERCEL: z.string().optional(),
  NODE_ENV: z.string().optional(),
  // Reader login (lib/auth): each provider is on when its variables are set.
  AUTH_GITHUB_ID: optionalText,
  AUTH_GITHUB_SECRET: optionalText,
  AUTH_GOOGLE_ID: optionalText,
  AUTH_GOOGLE_SECRET: optionalText,
  AUTH_OIDC_ISSUER: optionalText.refine((v) => v === undefined || URL.canParse(v), {
    message: 'must be the identity provider’s issuer URL, such as https://id.example.com/realms/main',
  }),
  AUTH_OIDC_ID: optionalText,
  AUTH_OIDC_SECRET: optionalText,
  AUTH_OIDC_NAME: optionalText,
  NEXTAUTH_SECRET: optionalText,
  // Drafts and scheduled publishing (lib/preview).
  PREVIEW_SECRET: optionalText,
  REVALIDATE_SECRET: optionalText,
  CRON_SECRET: optionalText,
  EDITORS: optionalText,
  CLOCK_OFFSET_SECONDS: z.coerce.number().finite().default(0),
  // Build size (lib/prerender.ts): unset, the defaults in lib/site.ts.
  PRERENDER_ARTICLES: z.coerce.number().int('must be a whole number').min(0, 'must be 0 or more').optional(),
  PRERENDER_LIST_PAGES: z.coerce.number().int('must be a whole number').min(1, 'must be 1 or more').optional(),
  // Comments (lib/comments): unset, the site settings in lib/site.ts.
  COMMENTS: z.enum(['on', 'off']).optional(),
  COMMENT_GUESTS: z.enum(['on', 'off']).optional(),
  // The outdated-content notice (lib/content/outdated.ts): unset, the Hexo theme's or lib/site.ts's.
  OUTDATED_NOTICE: z.enum(['on', 'off']).optional(),
  OUTDATED_NOTICE_DAYS: z.coerce.number().int('must be a whole number').min(1, 'must be 1 or more').optional(),
  NEXTAUTH_URL: optionalText.refine((v) => v === undefined || URL.canParse(v), { message: 'must be the site’s absolute URL' }),
});

/** The proxies' list as proxy-addr reads it; empty items are ignored. */
function trustedProxyList(value: string): string[] {
  return value.split(',').map((item) => item.trim()).filter(Boolean);
}

function compilesAsTrust(value: string): boolean {
  try {
    proxyAddr.compile(trustedProxyList(value));
    return true;
  } catch {
    return false;
  }
}

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
  /** A Hexo site's root (the folder with _config.yml): its posts, settings and files are the content. */
  hexoDir: string | undefined;
  siteUrl: string;
  timeZone: string;
  strictContent: boolean;
  /** Whether the build's content step reuses unchanged articles' parses (CONTENT_CACHE). */
  contentCache: boolean;
  /** PostgreSQL server for tips; without it tips go to an embedded PGlite database in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** `file`: `.search/<build>.bin`, loaded by each process; `postgres`: tables at DATABASE_URL, queried in SQL. */
  searchStore: 'file' | 'postgres';
  /** Redis every instance shares: the Next cache and rate limits. */
  redisUrl: string | undefined;
  /**
   * The proxy hops whose X-Forwarded-For entries are believed, as proxy-addr reads them; empty:
   * none, the socket's address is the client's. undefined on Vercel without TRUSTED_PROXIES: its
   * edge sets X-Forwarded-For to the client's address itself, so the header is taken as given.
   */
  trustedProxies: string[] | undefined;
  /** undefined: the default for the database in use. */
  dbAutoMigrate: boolean | undefined;
  /** Running on Vercel, whose file system is read-only apart from a temporary folder. */
  onVercel: boolean;
  production: boolean;
  auth: AuthEnv;
  preview: PreviewEnv;
  /** Seconds added to the real time when deciding what is scheduled (tests only). */
  clockOffsetSeconds: number;
  /** What `next build` renders ahead of time (lib/prerender.ts). */
  prerender: { articles: number; listPages: number };
  /** Whether the site takes comments at all, and from guests too (lib/comments/settings.ts). */
  comments: { enabled: boolean; guests: boolean };
  /** Overrides of the outdated-content notice's switch and age; undefined: not set for this deployment. */
  outdatedNotice: { enabled: boolean | undefined; days: number | undefined };
};

export type PreviewEnv = {
  /** Signs preview links; without it no link can be made or accepted. */
  secret: string | undefined;
  /** Accepted as `Authorization: Bearer …` by /api/revalidate (CRON_SECRET is what Vercel Cron sends). */
  revalidateSecrets: string[];
  /** Sign-in identities (emails, `github:<login>`) that may preview every unpublished article. */
  editors: string[];
};

/** A sign-in provider the site offers, with what next-auth needs to talk to it. */
export type LoginProvider =
  | { id: 'github'; clientId: string; clientSecret: string }
  | { id: 'google'; clientId: string; clientSecret: string }
  | { id: 'oidc'; name: string; issuer: string; clientId: string; clientSecret: string };

export type AuthEnv = {
  /** In the order the sign-in page lists them; empty: login is off and no login UI shows. */
  providers: LoginProvider[];
  /** Signs the session cookie. Required in production when a provider is on. */
  secret: string | undefined;
  /** The site's address as the identity providers see it (callback URLs); next-auth reads it too. */
  url: string | undefined;
};

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  // Content is found at run time from a configurable folder; outputFileTracingIncludes ships it.
  const hexoDir = env.HEXO_DIR && path.resolve(/*turbopackIgnore: true*/ env.HEXO_DIR);
  // A Hexo site has no author profiles or category settings of ours unless CONTENT_DIR names them.
  const contentDir = path.resolve(/*turbopackIgnore: true*/ env.CONTENT_DIR ?? hexoDir ?? 'content');
  const vercelHost = env.VERCEL_PROJECT_PRODUCTION_URL || env.VERCEL_URL;
  // A Hexo site's `url` is where its readers know it: its canonical address unless SITE_URL says otherwise.
  const hexoUrl = readHexoIdentity(source).url;
  const siteUrl = (env.SITE_URL ?? (hexoUrl && URL.canParse(hexoUrl) ? hexoUrl : undefined) ?? (vercelHost ? `https://${vercelHost}` : 'http://localhost:3000')).replace(/\/+$/, '');
  const production = env.NODE_ENV === 'production';
  if (env.SEARCH_STORE === 'postgres' && !env.DATABASE_URL) {
    throw new Error('Invalid environment:\n  SEARCH_STORE: postgres requires DATABASE_URL (the PostgreSQL server that holds the search index); set it, or SEARCH_STORE=file');
  }
  return {
    contentDir,
    articlesDir: path.resolve(/*turbopackIgnore: true*/ env.ARTICLES_DIR ?? path.join(contentDir, 'articles')),
    hexoDir,
    siteUrl,
    timeZone: env.SITE_TIMEZONE,
    strictContent: env.CONTENT_STRICT,
    contentCache: env.CONTENT_CACHE === 'on',
    databaseUrl: env.DATABASE_URL,
    dataDir: path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR),
    searchStore: env.SEARCH_STORE,
    redisUrl: env.REDIS_URL,
    trustedProxies: env.TRUSTED_PROXIES ? trustedProxyList(env.TRUSTED_PROXIES) : env.VERCEL ? undefined : [],
    dbAutoMigrate: env.DB_AUTO_MIGRATE,
    onVercel: Boolean(env.VERCEL),
    production,
    auth: readAuthEnv(env, production),
    preview: {
      secret: env.PREVIEW_SECRET,
      revalidateSecrets: [env.REVALIDATE_SECRET, env.CRON_SECRET].filter((v) => v !== undefined),
      editors: (env.EDITORS ?? '').split(',').map((e) => e.trim().toLowerCase()).filter(Boolean),
    },
    clockOffsetSeconds: env.CLOCK_OFFSET_SECONDS,
    prerender: {
      articles: env.PRERENDER_ARTICLES ?? site.prerender.articles,
      listPages: env.PRERENDER_LIST_PAGES ?? site.prerender.listPages,
    },
    comments: {
      enabled: env.COMMENTS ? env.COMMENTS === 'on' : site.comments.enabled,
      guests: env.COMMENT_GUESTS ? env.COMMENT_GUESTS === 'on' : site.comments.guests,
    },
    outdatedNotice: {
      enabled: env.OUTDATED_NOTICE === undefined ? undefined : env.OUTDATED_NOTICE === 'on',
      days: env.OUTDATED_NOTICE_DAYS,
    },
  };
}

type ParsedEnv = z.infer<typeof schema>;

/**
 * Which providers are on, from their variables. Half a provider (an ID without its secret) and a
 * production site with login but no NEXTAUTH_SECRET are errors naming the variable: a silent
 * fallback would either hide the login or sign sessions with a guessable key.
 */
function readAuthEnv(env: ParsedEnv, production: boolean): AuthEnv {
  const problems: string[] = [];
  const pair = (idName: keyof ParsedEnv, secretName: keyof ParsedEnv, extra: (keyof ParsedEnv)[] = []) => {
    const names = [idName, secretName, ...extra];
    const set = names.filter((name) => env[name] !== undefined);
    if (set.length > 0 && set.length < names.length) {
      const missing = names.filter((name) => env[name] === undefined);
      problems.push(`  ${missing.join(', ')}: required with ${set.join(', ')} (set all of ${names.join(', ')}, or none)`);
    }
    return set.length === names.length;
  };
  const providers: LoginProvider[] = [];
  if (pair('AUTH_GITHUB_ID', 'AUTH_GITHUB_SECRET')) {
    providers.push({ id: 'github', clientId: env.AUTH_GITHUB_ID!, clientSecret: env.AUTH_GITHUB_SECRET! });
  }
  if (pair('AUTH_GOOGLE_ID', 'AUTH_GOOGLE_SECRET')) {
    providers.push({ id: 'google', clientId: env.AUTH_GOOGLE_ID!, clientSecret: env.AUTH_GOOGLE_SECRET! });
  }
  if (pair('AUTH_OIDC_ID', 'AUTH_OIDC_SECRET', ['AUTH_OIDC_ISSUER'])) {
    providers.push({
      id: 'oidc',
      name: env.AUTH_OIDC_NAME ?? 'OpenID Connect',
      issuer: env.AUTH_OIDC_ISSUER!.replace(/\/+$/, ''),
      clientId: env.AUTH_OIDC_ID!,
      clientSecret: env.AUTH_OIDC_SECRET!,
    });
  }
  if (production && providers.length > 0 && !env.NEXTAUTH_SECRET) {
    problems.push(
      `  NEXTAUTH_SECRET: required in production when login is on (${providers.map((p) => p.id).join(', ')}); it signs readers' sessions. Make one with: openssl rand -base64 32`,
    );
  }
  if (problems.length > 0) throw new Error(`Invalid environment:\n${problems.join('\n')}`);
  return { providers, secret: env.NEXTAUTH_SECRET, url: (env.NEXTAUTH_URL ?? env.SITE_URL)?.replace(/\/+$/, '') };
}

let cached: Env | undefined;
export function env(): Env {
  return (cached ??= readEnv());
}
