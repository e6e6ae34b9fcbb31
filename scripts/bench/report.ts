import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The build folder every benchmark builds into and serves from. */
export const BENCH_DIST = '.next-bench';

/**
 * The environment of a benchmark build and server: the given content, the site as it is deployed
 * with login on (a GitHub app that is never called: signing in is not measured) and an embedded
 * database in a fresh folder.
 */
export function benchEnv(contentDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CONTENT_DIR: path.resolve(contentDir),
    NEXT_DIST_DIR: BENCH_DIST,
    NEXT_TELEMETRY_DISABLED: '1',
    DATA_DIR: path.join(os.tmpdir(), `yuedu-bench-data-${process.pid}`),
    SITE_URL: 'http://127.0.0.1:3200',
  };
  // Only what is set here: a stray value in the caller's shell must not change what is measured.
  for (const name of Object.keys(env)) {
    if (/^(AUTH_|NEXTAUTH_|PRERENDER_)/.test(name) || ['ARTICLES_DIR', 'DATABASE_URL', 'NODE_ENV'].includes(name)) Reflect.deleteProperty(env, name);
  }
  return { ...env, AUTH_GITHUB_ID: 'bench', AUTH_GITHUB_SECRET: 'bench', NEXTAUTH_SECRET: 'bench-secret-not-for-production' };
}

type Row = Record<string, string | number | boolean | undefined>;

/** Collects every benchmark's figures, prints them as tables and writes them as JSON. */
export class Report {
  private readonly sections: Record<string, Row[]> = {};
  private readonly figures: Record<string, Record<string, number | string>> = {};

  section(name: string, rows: Row[]) {
    this.sections[name] = rows;
    console.log(`\n${name}`);
    console.table(rows);
  }

  figure(section: string, label: string, value: number | string) {
    (this.figures[section] ??= {})[label] = value;
    console.log(`${section}: ${label} = ${value}`);
  }

  /** Writes `bench-results/<time>.json` and returns its path. */
  write(): string {
    const dir = path.resolve('bench-results');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    const machine = { cpus: os.availableParallelism(), memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version };
    fs.writeFileSync(file, `${JSON.stringify({ machine, sections: this.sections, figures: this.figures }, null, 2)}\n`);
    return file;
  }
}
