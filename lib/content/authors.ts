import fs from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { authorSchema, describeIssues } from './schema';
import { hashSlug, slugify } from './slug';
import type { Author, ContentProblem } from './types';

export type AuthorProfile = Omit<Author, 'articleCount'> & { aliases: string[]; identities: string[] };

/** Author profiles from `content/authors/*.yml`; a broken profile is reported and skipped. */
export async function loadAuthorProfiles(dir: string): Promise<{ profiles: AuthorProfile[]; problems: ContentProblem[] }> {
  const problems: ContentProblem[] = [];
  const profiles: AuthorProfile[] = [];
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((n) => /\.ya?ml$/i.test(n)).sort();
  } catch {
    return { profiles, problems };
  }
  for (const name of names) {
    const file = path.join('authors', name);
    let data: unknown;
    try {
      data = YAML.parse(await fs.readFile(path.join(dir, name), 'utf8'));
    } catch (error) {
      problems.push({ file, message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}`, severity: 'error' });
      continue;
    }
    const parsed = authorSchema.safeParse(data);
    if (!parsed.success) {
      for (const issue of describeIssues(parsed.error)) problems.push({ file, ...issue, severity: 'error' });
      continue;
    }
    const { slug, ...rest } = parsed.data;
    const finalSlug = slug ?? slugify(name.replace(/\.ya?ml$/i, ''));
    if (!finalSlug) {
      problems.push({ file, field: 'slug', message: 'is needed: the file name has no letters or digits', severity: 'error' });
      continue;
    }
    profiles.push({ ...rest, slug: finalSlug, hasProfile: true });
  }
  return { profiles, problems };
}

/**
 * Resolves the `author` strings articles use (a name, a slug or an alias) to authors. A name with
 * no profile still gets an author of its own so its page works.
 */
export class AuthorRegistry {
  private readonly byKey = new Map<string, AuthorProfile>();
  private readonly bySlug = new Map<string, AuthorProfile>();

  constructor(profiles: AuthorProfile[], problems: ContentProblem[]) {
    for (const profile of profiles) {
      const existing = this.bySlug.get(profile.slug);
      if (existing) {
        problems.push({
          file: `authors/${profile.slug}`,
          field: 'slug',
          message: `"${profile.slug}" is used by two author profiles ("${existing.name}" and "${profile.name}")`,
          severity: 'error',
        });
        continue;
      }
      this.bySlug.set(profile.slug, profile);
      for (const key of [profile.slug, profile.name, ...profile.aliases]) this.byKey.set(key.trim().toLowerCase(), profile);
    }
  }

  resolve(name: string): AuthorProfile {
    const key = name.trim().toLowerCase();
    const known = this.byKey.get(key) ?? this.bySlug.get(slugify(name));
    if (known) return known;
    const created: AuthorProfile = { name: name.trim(), slug: slugify(name) || hashSlug('u', name), links: [], aliases: [], identities: [], hasProfile: false };
    this.byKey.set(key, created);
    this.bySlug.set(created.slug, created);
    return created;
  }

  all(): AuthorProfile[] {
    return [...this.bySlug.values()];
  }
}
