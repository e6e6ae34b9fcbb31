'use client';

import { useEffect, useId, useState } from 'react';
import { readingSettingsText as text } from '@/lib/strings/reading-settings';
import {
  applyReadingSettings,
  currentReadingSettings,
  defaultReadingSettings,
  lineSpacings,
  READING_SETTINGS_KEY,
  textSizes,
  type ReadingSettings as Settings,
} from '@/lib/reading-settings';

const choiceClass =
  'cursor-pointer rounded-full border border-stone-300 px-2.5 py-1 text-sm has-checked:border-accent-strong has-checked:bg-accent-strong has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-accent dark:border-stone-600 dark:has-checked:border-orange-300 dark:has-checked:bg-orange-300 dark:has-checked:text-stone-950';

/**
 * 阅读设置: text size and line spacing of article text, in a popover (the browser opens, closes and
 * dismisses it; no script of ours). Each group is a set of native radio buttons, so arrow keys move
 * within it. Saved in localStorage; the head script applies it before the next page's first paint.
 * Without JavaScript nothing could be saved, so the button is not shown.
 */
export function ReadingSettings() {
  const panelId = useId();
  // Known only in the browser, once hydrated.
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => setSettings(currentReadingSettings()), []);

  const choose = (next: Settings) => {
    const saved = JSON.stringify(next);
    try {
      localStorage.setItem(READING_SETTINGS_KEY, saved);
    } catch {
      // Storage blocked: the choice holds for this page only.
    }
    applyReadingSettings(saved);
    setSettings(next);
  };

  const group = <K extends keyof Settings>(key: K, legend: string, options: readonly Settings[K][], labels: Record<Settings[K], string>) => (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold">{legend}</legend>
      <div className="flex flex-wrap gap-1.5">
        {options.map((option) => (
          <label key={option} className={choiceClass}>
            <input
              type="radio"
              name={`${panelId}-${key}`}
              value={option}
              checked={settings?.[key] === option}
              onChange={() => settings && choose({ ...settings, [key]: option })}
              className="sr-only"
            />
            {labels[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );

  return (
    <div className="print:hidden [@media(scripting:none)]:hidden">
      <button
        type="button"
        popoverTarget={panelId}
        aria-label={text.button}
        title={text.button}
        className="pill inline-flex items-center"
      >
        <span aria-hidden="true">Aa</span>
      </button>
      <div
        id={panelId}
        popover="auto"
        role="dialog"
        aria-label={text.button}
        className="popover-panel fixed inset-auto top-20 right-4 left-4 m-0 max-w-sm space-y-4 p-4 sm:left-auto"
      >
        {/* The choices only work once the page has hydrated, so they are not in the page's HTML. */}
        {settings && (
          <>
            {group('size', text.size, textSizes, text.sizes)}
            {group('spacing', text.spacing, lineSpacings, text.spacings)}
            <button type="button" onClick={() => choose(defaultReadingSettings)} className="text-sm text-accent-strong underline underline-offset-4 dark:text-orange-300">
              {text.reset}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
