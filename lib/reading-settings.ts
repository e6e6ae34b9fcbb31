/**
 * The reader's text size and line spacing for article text, saved in the browser and put on <html>
 * as data attributes (`data-text-size`, `data-line-spacing`) that app/globals.css turns into the
 * `reading` utility's size and leading. The default of each is no attribute at all.
 */
export const READING_SETTINGS_KEY = 'reading-settings';

export const textSizes = ['sm', 'md', 'lg', 'xl', '2xl'] as const;
export const lineSpacings = ['normal', 'loose'] as const;
export type TextSize = (typeof textSizes)[number];
export type LineSpacing = (typeof lineSpacings)[number];
export type ReadingSettings = { size: TextSize; spacing: LineSpacing };

export const defaultReadingSettings: ReadingSettings = { size: 'md', spacing: 'normal' };

/** The settings in force on this page, as the head script applied them. */
export function currentReadingSettings(): ReadingSettings {
  const { textSize, lineSpacing } = document.documentElement.dataset;
  return { size: (textSize as TextSize | undefined) ?? defaultReadingSettings.size, spacing: (lineSpacing as LineSpacing | undefined) ?? defaultReadingSettings.spacing };
}

/**
 * Puts the saved settings on <html>: inlined into <head> (lib/head-script.ts) before the first
 * paint, so a larger size never shifts the page after it is drawn, and from the settings panel.
 * Self-contained (serialised with `toString()`), so the choices are spelled out here again; a unit
 * test holds them to `textSizes` and `lineSpacings`.
 */
export function applyReadingSettings(saved: string | null) {
  let value: { size?: unknown; spacing?: unknown } = {};
  try {
    value = JSON.parse(saved || '{}') || {};
  } catch (e) {}
  const root = document.documentElement;
  const size = ['sm', 'lg', 'xl', '2xl'].indexOf(value.size as string) >= 0 ? (value.size as string) : '';
  const spacing = value.spacing === 'loose' ? 'loose' : '';
  if (size) root.setAttribute('data-text-size', size);
  else root.removeAttribute('data-text-size');
  if (spacing) root.setAttribute('data-line-spacing', spacing);
  else root.removeAttribute('data-line-spacing');
}
