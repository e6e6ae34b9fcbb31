import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

type AxeRun = (context?: unknown, options?: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;

/** axe's violations on the page as it is now, within `include` (a CSS selector) or the whole page. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(
    (include) => (window as unknown as { axe: { run: AxeRun } }).axe.run(include ? { include: [[include]] } : document, { resultTypes: ['violations'] }),
    include,
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
