'use client';

import { useTheme } from 'next-themes';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { t } from '@/lib/strings';

const options = [
  { value: 'light', label: t.theme.light, icon: '☀' },
  { value: 'dark', label: t.theme.dark, icon: '☾' },
  { value: 'system', label: t.theme.system, icon: '◐' },
] as const;

/** Light / dark / system as a radio group: arrow keys move between the three, as ARIA expects. */
export function ThemeToggle() {
  const { theme, setTheme } = useTheme();
  // The saved theme is only known in the browser; render neutral until then to match the server HTML.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const current = mounted ? (theme ?? 'system') : undefined;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const i = options.findIndex((o) => o.value === current);
    const next = options[(i + step + options.length) % options.length]!;
    setTheme(next.value);
    event.currentTarget.querySelector<HTMLButtonElement>(`[data-value="${next.value}"]`)?.focus();
  };

  return (
    <div role="radiogroup" aria-label={t.theme.label} onKeyDown={onKeyDown} className="flex rounded-full border border-stone-300 p-0.5 dark:border-stone-700">
      {options.map((o) => {
        const checked = current === o.value;
        return (
          <button
            key={o.value}
            type="button"
            role="radio"
            aria-checked={checked}
            aria-label={o.label}
            title={o.label}
            data-value={o.value}
            tabIndex={checked || (!current && o.value === 'system') ? 0 : -1}
            onClick={() => setTheme(o.value)}
            className="grid size-7 place-items-center rounded-full text-sm text-stone-600 aria-checked:bg-stone-200 aria-checked:text-stone-900 dark:text-stone-400 dark:aria-checked:bg-stone-700 dark:aria-checked:text-stone-50"
          >
            <span aria-hidden="true">{o.icon}</span>
          </button>
        );
      })}
    </div>
  );
}
