export const themes = ['light', 'dark', 'system'] as const;
export type Theme = (typeof themes)[number];

export const THEME_STORAGE_KEY = 'theme';

export function isTheme(value: unknown): value is Theme {
  return themes.includes(value as Theme);
}

/**
 * Puts the chosen theme on <html>. Runs in the browser twice over: inlined into <head> (see
 * `themeScript`) so the saved theme is applied before the first paint, and from the theme toggle.
 * It must stay self-contained, since it is serialised with `toString()`.
 */
export function applyTheme(choice: string | null) {
  const dark = choice === 'dark' || (choice !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  const root = document.documentElement;
  root.classList.toggle('dark', dark);
  root.style.colorScheme = dark ? 'dark' : 'light';
}

/** Inline <head> script: no flash of the wrong theme, even before any bundle has loaded. */
/** The element id of the theme script, the one inline script of the site's own in every page's head. */
export const THEME_SCRIPT_ID = 'theme-script';

export const themeScript = `try{(${applyTheme.toString()})(localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)}))}catch(e){}`;
