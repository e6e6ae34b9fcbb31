export const themes = ['light', 'dark', 'system'] as const;
export type Theme = (typeof themes)[number];

export const THEME_STORAGE_KEY = 'theme';

export function isTheme(value: unknown): value is Theme {
  return themes.includes(value as Theme);
}

/**
 * Puts the chosen theme on <html>. Runs in the browser twice over: inlined into <head> (see
 * lib/head-script.ts) so the saved theme is applied before the first paint, and from the theme toggle.
 * It must stay self-contained, since it is serialised with `toString()`.
 */
export function applyTheme(choice: string | null) {
  const dark = choice === 'dark' || (choice !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  const root = document.documentElement;
  root.classList.toggle('dark', dark);
  root.style.colorScheme = dark ? 'dark' : 'light';
}

