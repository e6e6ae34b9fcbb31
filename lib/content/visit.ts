import type { Nodes as HastNodes } from 'hast';
import type { Nodes as MdastNodes } from 'mdast';
import type { Node, Parent } from 'unist';

/**
 * unist-util-visit's `visit`, in the two forms the content pipeline calls it: `visit(tree, visitor)`
 * and `visit(tree, type, visitor)`. The visitor gets (node, index, parent) and may return nothing,
 * CONTINUE, SKIP (not its children), EXIT, the index to go on from, or [action, index]; nodes come in
 * the same order, and a return value has the same effect.
 *
 * Why not the library: it builds a new array of ancestors at every node and looks each node up in
 * its parent's children (`indexOf`) to hand the visitor its index. The pipeline walks every body a
 * dozen times, and those walks were an eighth of the time to build the content of a site; this walk
 * passes the index and parent it already has.
 */
export const CONTINUE = true;
export const SKIP = 'skip';
export const EXIT = false;

type Action = typeof CONTINUE | typeof SKIP | typeof EXIT;
type VisitorResult = Action | number | [Action, number?] | [] | void;
// The parent is typed loosely, as unist-util-visit types it for a mixed tree: a visitor narrows it.
type Visitor<T> = (node: T, index: number | undefined, parent: any) => VisitorResult;

/** The hast or mdast node a type names (an `element`, a `text`, an `inlineMath`…). */
type NodeOfType<K extends string> = Extract<HastNodes | MdastNodes, { type: K }>;

export function visit<T = Node>(tree: Node, visitor: Visitor<T>): void;
export function visit<K extends string, T = NodeOfType<K>>(tree: Node, type: K, visitor: Visitor<T>): void;
export function visit<T>(tree: Node, typeOrVisitor: string | Visitor<T>, maybeVisitor?: Visitor<T>): void {
  const type = typeof typeOrVisitor === 'string' ? typeOrVisitor : undefined;
  const visitor = (typeof typeOrVisitor === 'string' ? maybeVisitor : typeOrVisitor)!;

  /** Visits `node` and then its children; returns what the visitor said: its action and the index to go on from. */
  const walk = (node: Node, index: number | undefined, parent: Parent | undefined): [Action, number | undefined] => {
    let action: Action = CONTINUE;
    let next: number | undefined;
    if (type === undefined || node.type === type) {
      const result = visitor(node as T, index, parent);
      if (Array.isArray(result)) [action = CONTINUE, next] = result;
      else if (typeof result === 'number') next = result;
      else if (result !== undefined) action = result;
      if (action === EXIT) return [EXIT, next];
    }
    const children = (node as Partial<Parent>).children;
    if (children && action !== SKIP) {
      let at = 0;
      while (at > -1 && at < children.length) {
        const [childAction, childNext] = walk(children[at]!, at, node as Parent);
        if (childAction === EXIT) return [EXIT, childNext];
        at = typeof childNext === 'number' ? childNext : at + 1;
      }
    }
    return [action, next];
  };
  walk(tree, undefined, undefined);
}
