/** The reader's choice of script, saved as `hant` for Traditional; nothing saved is Simplified, as written. */
export const CHINESE_SCRIPT_STORAGE_KEY = 'chinese-script';
export const TRADITIONAL = 'hant';

/**
 * On a page opened with Traditional chosen: <html> takes lang="zh-Hant" and data-chinese="converting",
 * which hides the page (app/globals.css) until components/chinese-script-switch.tsx has converted it,
 * so no Simplified text is ever painted. Inlined into <head> (lib/head-script.ts), so it must stay
 * self-contained: it is serialised with `toString()`.
 */
export function applyChineseScript(saved: string | null) {
  if (saved !== 'hant') return;
  const root = document.documentElement;
  root.lang = 'zh-Hant';
  root.dataset.chinese = 'converting';
}
