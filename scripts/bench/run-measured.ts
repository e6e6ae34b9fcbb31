import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { watchPeakRss } from './process-tree';

export type RunResult = { code: number; seconds: number; peakRss: number; output: string };

/**
 * Runs a command to the end, saving its output to `log`, and measures its wall time and the peak
 * memory of its whole process tree (npm, the build script, Next.js and its workers).
 */
export function runMeasured(command: string, args: string[], options: { env: NodeJS.ProcessEnv; log: string; cwd?: string }): Promise<RunResult> {
  fs.mkdirSync(path.dirname(options.log), { recursive: true });
  const log = fs.createWriteStream(options.log);
  const started = performance.now();
  const child = spawn(command, args, { env: options.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const peak = watchPeakRss(child.pid!);
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    log.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      log.end();
      resolve({ code: code ?? 1, seconds: (performance.now() - started) / 1000, peakRss: peak.stop(), output });
    });
  });
}
