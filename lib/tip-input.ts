/**
 * What a reader enters in the tip form, and amounts as payment links want them. Pure: the form
 * runs this in the browser, the content schema on link templates.
 */

/** The amounts the tip form offers, in yuan. */
export const TIP_PRESETS = [2, 5, 10, 20, 50] as const;

/** The range a custom amount must fall in, in yuan. */
export const TIP_LIMITS = { min: 1, max: 2000 } as const;

/** The longest message a reader may leave with a tip, in characters (UTF-16 units, as `maxlength`). */
export const TIP_MESSAGE_MAX = 200;

/** Where a payment link template takes the amount. */
export const AMOUNT_PLACEHOLDER = '{amount}';

/**
 * An amount typed by a reader (`5`, `5.2`, `5.20`; full-width digits from a Chinese keyboard too)
 * as whole fen, or undefined when it is not a plain number with at most two decimals.
 */
export function parseYuan(text: string): number | undefined {
  const match = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(text.normalize('NFKC').trim());
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Fen as yuan the way payment links and the interface write them: `5`, `5.20`. */
export function formatYuan(fen: number): string {
  return fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2);
}

/** A typed amount within TIP_LIMITS, as yuan text (`5.2` → `5.20`); undefined otherwise. */
export function normalizeTipAmount(text: string): string | undefined {
  const fen = parseYuan(text);
  if (fen === undefined || fen < TIP_LIMITS.min * 100 || fen > TIP_LIMITS.max * 100) return undefined;
  return formatYuan(fen);
}

/** A payment link with the amount (yuan text) put in place of every `{amount}`. */
export function fillAmount(template: string, yuan: string): string {
  return template.replaceAll(AMOUNT_PLACEHOLDER, encodeURIComponent(yuan));
}
