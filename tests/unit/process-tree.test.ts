// The serving benchmark reports what each answer cost its server in CPU time, read from /proc for
// the server's process and the processes it started.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { treeCpuMs } from '@/scripts/bench/process-tree';

/** Burns `ms` of CPU time (however long that takes on a busy machine), then waits, idle, until killed. */
const burn = (ms: number) =>
  `const start = process.cpuUsage(); for (let used = process.cpuUsage(start); used.user + used.system < ${ms * 1000}; used = process.cpuUsage(start)); console.log('done'); setInterval(() => {}, 1000);`;

const started: ChildProcess[] = [];
afterEach(() => started.splice(0).forEach((child) => child.kill('SIGKILL')));

/** `node -e script`, once it has printed its first line, and that line. */
async function run(script: string): Promise<{ pid: number; firstLine: string }> {
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  started.push(child);
  const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
  return { pid: child.pid!, firstLine: chunk.toString().trim() };
}

describe('CPU time of a process tree', () => {
  it('counts the CPU time a process has used, and nothing while it idles', async () => {
    const { pid } = await run(burn(400));
    const afterBurning = treeCpuMs(pid);
    // /proc counts in ticks of 10 ms.
    expect(afterBurning).toBeGreaterThanOrEqual(390);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(treeCpuMs(pid) - afterBurning).toBeLessThan(100);
  });

  it("adds the CPU time of the process's children", async () => {
    // A parent that starts a burning child and reports when it is done, burning nothing itself.
    const parent = await run(`
      const child = require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(burn(400))}], { stdio: ['ignore', 'pipe', 'inherit'] });
      child.stdout.once('data', () => console.log(child.pid));
      process.on('SIGTERM', () => { child.kill('SIGKILL'); process.exit(); });
      setInterval(() => {}, 1000);
    `);
    const childPid = Number(parent.firstLine);
    try {
      const childCpu = treeCpuMs(childPid);
      expect(childCpu).toBeGreaterThanOrEqual(390);
      expect(treeCpuMs(parent.pid)).toBeGreaterThanOrEqual(childCpu);
    } finally {
      process.kill(childPid, 'SIGKILL');
    }
  });

  it('is 0 for a process that does not exist', () => {
    expect(treeCpuMs(2 ** 22 + 1)).toBe(0);
  });
});
