import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { lockDataDir } from '@/lib/db/data-dir-lock';

const root = path.resolve(import.meta.dirname, '../..');
const newDataDir = async () => path.join(await mkdtemp(path.join(os.tmpdir(), 'yuedu-lock-')), 'data');

it('refuses a second lock on the same DATA_DIR, naming the folder, its holder and DATABASE_URL', async () => {
  const dataDir = await newDataDir();
  const release = await lockDataDir(dataDir);
  await expect(lockDataDir(dataDir, { wait: false })).rejects.toThrow(
    `DATA_DIR ${dataDir} is already used by process ${process.pid}; PGlite allows one process per data folder: give each instance its own DATA_DIR, or set DATABASE_URL to share one PostgreSQL server.`,
  );
  // Another folder is another database.
  const other = await lockDataDir(await newDataDir());
  await Promise.all([release(), other()]);
});

it('takes over the lock of a process that died holding it', async () => {
  const dataDir = await newDataDir();
  const holder = spawn(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', `import { lockDataDir } from ${JSON.stringify(path.join(root, 'lib/db/data-dir-lock.ts'))}; lockDataDir(${JSON.stringify(dataDir)}).then(() => console.log('locked')); setInterval(() => {}, 1000);`],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve) => holder.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve()));
  await expect(lockDataDir(dataDir, { wait: false })).rejects.toThrow(`is already used by process ${holder.pid}`);
  // SIGKILL: no exit handler runs, so the lock stays behind, no longer refreshed.
  holder.kill('SIGKILL');
  const release = await lockDataDir(dataDir);
  expect(await readFile(`${dataDir}.pid`, 'utf8')).toBe(String(process.pid));
  await release();
});
