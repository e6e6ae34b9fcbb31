import type { ImportOutcome, SkipReason } from './store';

/** Each reason's heading, in the order the report lists them. */
const headings: Record<SkipReason, string> = {
  unreadable: 'not readable',
  'no-article': 'no article at its page',
  thread: 'answers a comment that is not here',
  text: 'no text to keep',
};

/**
 * What an import did, for a person: the counts, then every comment left out, grouped by why, each
 * on its own line with its id in the export (a row too broken to have one is named by its line).
 */
export function formatImportReport(outcome: ImportOutcome, { dryRun = false }: { dryRun?: boolean } = {}): string {
  const lines = [
    `${dryRun ? 'Would import' : 'Imported'}: ${outcome.imported}`,
    `Already imported: ${outcome.alreadyThere}`,
    `Skipped: ${outcome.skipped.length}`,
  ];
  for (const [reason, heading] of Object.entries(headings) as [SkipReason, string][]) {
    const skipped = outcome.skipped.filter((comment) => comment.reason === reason);
    if (skipped.length === 0) continue;
    lines.push(`  ${heading} (${skipped.length}):`);
    for (const comment of skipped) lines.push(`    ${comment.id === undefined ? '' : `${comment.id}: `}${comment.detail}`);
  }
  if (dryRun) lines.push('Dry run: nothing was written.');
  return lines.join('\n');
}
