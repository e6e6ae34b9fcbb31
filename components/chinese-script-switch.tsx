'use client';

import { useEffect, useState } from 'react';
import { CHINESE_SCRIPT_STORAGE_KEY, TRADITIONAL } from '@/lib/chinese-script';
import { chineseScriptText } from '@/lib/strings/page-controls';

/** Converts the page, then lets it show: the head script hid it on pages opened in Traditional. */
async function show(traditional: boolean, simplifiedLang: string) {
  const root = document.documentElement;
  root.lang = traditional ? 'zh-Hant' : simplifiedLang;
  try {
    const page = await import('@/lib/chinese-page');
    if (traditional) page.showTraditional();
    else page.showSimplified();
  } catch (error) {
    // Offline, or a deployment replaced the converter's chunk: the page shows as written.
    console.warn('[繁] the converter did not load; the page stays as written', error);
  } finally {
    if (traditional) root.dataset.chinese = TRADITIONAL;
    else delete root.dataset.chinese;
  }
}

/**
 * 繁 as a toggle button: pressed, the page reads in Traditional characters, on this page and the
 * next ones. The converter loads only when it is needed; conversion runs in an effect, after hydration.
 */
export function ChineseScriptSwitch({ simplifiedLang }: { simplifiedLang: string }) {
  const [traditional, setTraditional] = useState(false);

  useEffect(() => {
    if (localStorage.getItem(CHINESE_SCRIPT_STORAGE_KEY) !== TRADITIONAL) return;
    setTraditional(true);
    void show(true, simplifiedLang);
  }, [simplifiedLang]);

  const toggle = () => {
    const next = !traditional;
    if (next) localStorage.setItem(CHINESE_SCRIPT_STORAGE_KEY, TRADITIONAL);
    else localStorage.removeItem(CHINESE_SCRIPT_STORAGE_KEY);
    setTraditional(next);
    void show(next, simplifiedLang);
  };

  return (
    <button
      type="button"
      aria-pressed={traditional}
      aria-label={chineseScriptText.label}
      title={chineseScriptText.hint}
      onClick={toggle}
      className="icon-button border border-stone-300 text-sm aria-pressed:bg-stone-200 aria-pressed:text-stone-900 dark:border-stone-700 dark:aria-pressed:bg-stone-700 dark:aria-pressed:text-stone-50"
    >
      {chineseScriptText.short}
    </button>
  );
}
