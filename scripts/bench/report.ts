import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

type Row = Record<string, string | number | boolean | undefined>;

/** `value` to `places` decimal places, as the report shows figures. */
export const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
/** `a / b` to two places: ratios, not raw numbers, are what compare across machines. */
export const ratio = (a: number, b: number) => round(a / b, 2);
/** The middle value of `values`; with an even count, the mean of the two middle ones. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Collects every benchmark's figures, prints them as tables and writes them as JSON. */
export class Report {
  private readonly sections: Record<string, Row[]> = {};
  private readonly figures: Record<string, Record<string, number | string>> = {};
  private readonly notes: Record<string, string[]> = {};

  section(name: string, rows: Row[]) {
    this.sections[name] = rows;
    console.log(`\n${name}`);
    console.table(rows);
  }

  figure(section: string, label: string, value: number | string) {
    (this.figures[section] ??= {})[label] = value;
    console.log(`${section}: ${label} = ${value}`);
  }

  /** A remark on how to read a section's figures, printed and kept with them. */
  note(section: string, text: string) {
    (this.notes[section] ??= []).push(text);
    console.log(`${section}: note: ${text}`);
  }

  /** Writes `bench-results/<time>.json` and returns its path. */
  write(): string {
    const dir = path.resolve('bench-results');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    const machine = { cpus: os.availableParallelism(), memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version };
    fs.writeFileSync(file, `${JSON.stringify({ machine, sections: this.sections, figures: this.figures, notes: this.notes }, null, 2)}\n`);
    return file;
  }
}
