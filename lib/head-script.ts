import { applyReadingSettings, READING_SETTINGS_KEY } from './reading-settings';
import { applyChineseScript, CHINESE_SCRIPT_STORAGE_KEY } from './chinese-script';
import { applyTheme, THEME_STORAGE_KEY } from './theme';

/**
 * The reader's saved choices that must be in place at the first paint (no flash, no layout shift):
 * each one's function that applies it and the `localStorage` key it is saved under. The functions
 * run inlined in <head> before any bundle has loaded, so each must be self-contained: it is
 * serialised with `toString()`.
 */
const appliedBeforePaint: ReadonlyArray<readonly [apply: (saved: string | null) => void, storageKey: string]> = [
  [applyTheme, THEME_STORAGE_KEY],
  [applyReadingSettings, READING_SETTINGS_KEY],
  [applyChineseScript, CHINESE_SCRIPT_STORAGE_KEY],
];

/** The element id of the head script, the one inline script of the site's own in every page's head. */
export const HEAD_SCRIPT_ID = 'head-script';

/** One failing choice (storage blocked, a value from an older version) must not stop the others. */
export const headScript = appliedBeforePaint
  .map(([apply, key]) => `try{(${apply.toString()})(localStorage.getItem(${JSON.stringify(key)}))}catch(e){}`)
  .join('');
