import type { ImportedComment } from './types';

/**
 * The comments in the export's order, except that each comes after the comments it answers (its
 * top-level comment and the one it replies to), so that those are stored first and the reply can
 * point at them. A loop of replies, which only a damaged export has, is cut where it closes.
 */
export function answeredFirst(comments: readonly ImportedComment[]): ImportedComment[] {
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  const ordered: ImportedComment[] = [];
  // By row rather than by id: two rows with one id are both kept, and the second found stored.
  const seen = new Set<ImportedComment>();
  const visit = (comment: ImportedComment) => {
    if (seen.has(comment)) return;
    seen.add(comment);
    for (const id of [comment.parentId, comment.replyToId]) {
      const answered = id === undefined ? undefined : byId.get(id);
      if (answered) visit(answered);
    }
    ordered.push(comment);
  };
  comments.forEach(visit);
  return ordered;
}
