import fs from 'node:fs';

const SAMPLE_EVERY_MS = 100;

type ProcessEntry = { parent: number; rssBytes: number; cpuTicks: number };

/** Every process's parent, resident memory and CPU time so far, read from /proc (Linux). */
function processTable(): Map<number, ProcessEntry> {
  const table = new Map<number, ProcessEntry>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name (field 2) may hold spaces and parentheses; the fields after it are fixed:
      // from field 3 on, so field n is fields[n - 3].
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(entry), { parent: Number(fields[1]), rssBytes: Number(fields[21]) * 4096, cpuTicks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended while the table was read.
    }
  }
  return table;
}

/** A process and all of its descendants. */
function tree(root: number, table: Map<number, ProcessEntry>): ProcessEntry[] {
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of table) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const members: ProcessEntry[] = [];
  const pending = [root];
  while (pending.length) {
    const pid = pending.pop()!;
    const entry = table.get(pid);
    if (entry) members.push(entry);
    pending.push(...(children.get(pid) ?? []));
  }
  return members;
}

/** Resident memory (bytes) of a process and all of its descendants. */
export function treeRss(root: number): number {
  return tree(root, processTable()).reduce((sum, entry) => sum + entry.rssBytes, 0);
}

/** Clock ticks per second of /proc's CPU times: USER_HZ, 100 on every Linux architecture Node.js runs on. */
const TICKS_PER_SECOND = 100;

/** CPU time (user and system, ms) a process and its living descendants have used so far. */
export function treeCpuMs(root: number): number {
  return (tree(root, processTable()).reduce((sum, entry) => sum + entry.cpuTicks, 0) * 1000) / TICKS_PER_SECOND;
}

/** Samples the tree's memory until stopped; returns the peak. */
export function watchPeakRss(root: number): { stop: () => number } {
  let peak = treeRss(root);
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(root))), SAMPLE_EVERY_MS);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
