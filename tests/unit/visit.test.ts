import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import type { Node, Parent } from 'unist';
import * as library from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '@/lib/content/front-matter';
import { bodyToHast } from '@/lib/content/markdown';
import * as ours from '@/lib/content/visit';
import { hexoSiteDir } from '../support/hexo-oracle.js';

/**
 * lib/content/visit.ts stands in for unist-util-visit in the content pipeline. On real bodies, with
 * visitors that skip, stop, jump, remove and replace, both must call the visitor with the same nodes,
 * indexes and parents in the same order, and leave the same tree.
 */

type Visit = typeof ours.visit;
type Api = { visit: Visit; SKIP: unknown; EXIT: unknown; CONTINUE: unknown };
const apis: Record<'library' | 'ours', Api> = { library: library as unknown as Api, ours: ours as unknown as Api };

async function realTrees(): Promise<Root[]> {
  const dir = path.join(hexoSiteDir('cclmsy'), 'source', '_posts');
  const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((name) => name.endsWith('.md')).sort().slice(0, 12);
  return Promise.all(
    files.map(async (name) => {
      const split = splitFrontMatter(fs.readFileSync(path.join(dir, name), 'utf8'));
      return bodyToHast(split.ok ? split.body : '', 'md', { math: 'on' });
    }),
  );
}

/** A visitor's answer for the n-th call, the same for both walks: mostly nothing, sometimes each action. */
function answer(api: Api, n: number, node: Node, index: number | undefined, parent: Parent | undefined): unknown {
  if (n % 97 === 96) return api.EXIT;
  if (n % 7 === 3) return api.SKIP;
  if (n % 11 === 5 && parent && index !== undefined) {
    // Remove this node and go on at the one that took its place.
    parent.children.splice(index, 1);
    return index;
  }
  if (n % 13 === 8 && parent && index !== undefined) {
    parent.children[index] = { type: 'text', value: `replaced ${node.type}` } as Node;
    return [api.CONTINUE, index + 1];
  }
  if (n % 17 === 2) return [api.SKIP];
  return undefined;
}

function run(name: keyof typeof apis, tree: Root, type?: string) {
  const api = apis[name];
  const copy = structuredClone(tree);
  const calls: string[] = [];
  let n = 0;
  const visitor = (node: Node, index: number | undefined, parent: Parent | undefined) => {
    calls.push(`${node.type}@${index}/${parent?.type}:${parent?.children.length}`);
    return answer(api, n++, node, index, parent);
  };
  if (type) api.visit(copy, type, visitor as never);
  else api.visit(copy, visitor as never);
  return { calls, tree: copy };
}

describe('visit, as unist-util-visit does it', () => {
  it('visits real bodies alike, with every kind of answer', async () => {
    const trees = await realTrees();
    expect(trees.length).toBeGreaterThan(5);
    for (const tree of trees) {
      for (const type of [undefined, 'element', 'text']) {
        const [theirs, mine] = [run('library', tree, type), run('ours', tree, type)];
        expect(mine.calls.length).toBeGreaterThan(0);
        expect(mine.calls).toEqual(theirs.calls);
        expect(mine.tree).toEqual(theirs.tree);
      }
    }
  });

  it('visits every node once, in document order, when the visitor says nothing', async () => {
    const [tree] = await realTrees();
    const seen: Node[] = [];
    ours.visit(tree!, (node) => {
      seen.push(node);
    });
    const all: Node[] = [];
    const collect = (node: Node) => {
      all.push(node);
      for (const child of (node as Partial<Parent>).children ?? []) collect(child);
    };
    collect(tree!);
    expect(seen).toEqual(all);
    expect(seen.length).toBeGreaterThan(100);
  });
});
