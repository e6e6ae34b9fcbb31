// The build benchmark sizes the content manifest and search index each build writes, also for a
// baseline checkout that writes an older format (the search index was JSON before it was binary).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { benchBuildFile } from '@/scripts/bench/env';
import { builtFileBytes } from '@/scripts/bench/measure-build';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function checkout(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yuedu-built-file-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('builtFileBytes', () => {
  const stem = path.parse(benchBuildFile('.search')).name;

  it('sizes the search index in the format this checkout writes', () => {
    expect(builtFileBytes(checkout({ [benchBuildFile('.search')]: '12345' }), '.search')).toBe(5);
  });

  it("sizes an older checkout's JSON search index, and takes no other build's file for it", () => {
    const dir = checkout({ [`.search/${stem}.json`]: '{"a":1}', '.search/next.bin': 'a much longer file of another build' });
    expect(builtFileBytes(dir, '.search')).toBe(7);
  });

  it('names the folder when the build wrote nothing there', () => {
    const dir = checkout({ '.search/next.bin': 'x' });
    expect(() => builtFileBytes(dir, '.search')).toThrow(`the build wrote no ${stem}.* to ${path.join(dir, '.search')}`);
  });
});
