// Runs a script in a fresh Node process whose module loader records every module it resolves with
// a given piece in its address: what a render makes the server load, which a process that has
// already loaded it could not show.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Module hooks that append each resolved address containing MODULE_LOG_PATTERN to MODULE_LOG. */
const RECORD_MODULES = `
import fs from 'node:fs';
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (resolved.url.includes(process.env.MODULE_LOG_PATTERN)) fs.appendFileSync(process.env.MODULE_LOG, resolved.url + '\\n');
  return resolved;
}`;

/** Defines `loaded()` for the script: how many recorded modules have been resolved so far. */
const PRELUDE = `
import fs from 'node:fs';
const loaded = () => (fs.existsSync(process.env.MODULE_LOG) ? fs.readFileSync(process.env.MODULE_LOG, 'utf8').split('\\n').filter(Boolean).length : 0);
`;

/**
 * Runs `script` (TypeScript, with `loaded()` in scope) and returns the JSON objects it prints, one
 * per line, merged. Modules are recorded whose resolved address contains `pattern`.
 */
export async function recordModuleLoads(script: string, pattern: string, env: Record<string, string> = {}): Promise<Record<string, number>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yuedu-module-loads-'));
  try {
    fs.writeFileSync(path.join(dir, 'hooks.mjs'), RECORD_MODULES);
    fs.writeFileSync(path.join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(`file://${path.join(dir, 'hooks.mjs')}`)});`);
    fs.writeFileSync(path.join(dir, 'script.mts'), PRELUDE + script);
    const { stdout } = await run(process.execPath, ['--import', path.join(dir, 'register.mjs'), '--import', 'tsx', path.join(dir, 'script.mts')], {
      env: { ...process.env, ...env, MODULE_LOG: path.join(dir, 'modules.log'), MODULE_LOG_PATTERN: pattern },
    });
    const lines = stdout.split('\n').filter((line) => line.startsWith('{'));
    return Object.assign({}, ...lines.map((line) => JSON.parse(line) as Record<string, number>));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
