'use client';

import { useEffect, useState, type KeyboardEvent } from 'react';
import { themeText } from '@/lib/strings/page-controls';
import { applyTheme, isTheme, THEME_STORAGE_KEY, type Theme } from '@/lib/theme';

const options = [
  { value: 'light', label: themeText.light, icon: '☀' },
  { value: 'dark', label: themeText.dark, icon: '☾' },
  { value: 'system', label: themeText.system, icon: '◐' },
] as const;

function savedTheme(): Theme {
  const value = localStorage.getItem(THEME_STORAGE_KEY);
  return isTheme(value) ? value : 'system';
}

/** Light / dark / system as a radio group: arrow keys move between the three, as ARIA expects. */
export function ThemeToggle() {
  // The saved theme is only known in the browser; render neutral until then to match the server HTML.
  const [theme, setThemeState] = useState<Theme>();

  useEffect(() => {
    setThemeState(savedTheme());
    const system = window.matchMedia('(prefers-color-scheme: dark)');
    const follow = () => applyTheme(localStorage.getItem(THEME_STORAGE_KEY));
    // Another tab changed the theme, or the system scheme changed while following it.
    const onStorage = (event: StorageEvent) => {
      if (event.key !== THEME_STORAGE_KEY) return;
      setThemeState(savedTheme());
      follow();
    };
    system.addEventListener('change', follow);
    window.addEventListener('storage', onStorage);
    return () => {
      system.removeEventListener('change', follow);
      window.removeEventListener('storage', onStorage);
    };
  }, []);

  const choose = (value: Theme) => {
    localStorage.setItem(THEME_STORAGE_KEY, value);
    applyTheme(value);
    setThemeState(value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const i = options.findIndex((o) => o.value === (theme ?? 'system'));
    const next = options[(i + step + options.length) % options.length]!;
    choose(next.value);
    event.currentTarget.querySelector<HTMLButtonElement>(`[data-value="${next.value}"]`)?.focus();
  };

  return (
    <div role="radiogroup" aria-label={themeText.label} onKeyDown={onKeyDown} className="flex rounded-full border border-stone-300 p-0.5 dark:border-stone-700">
      {options.map((o) => {
        const checked = theme === o.value;
        return (
          <button
            key={o.value}
            type="button"
            role="radio"
            aria-checked={checked}
            aria-label={o.label}
            title={o.label}
            data-value={o.value}
            tabIndex={checked || (!theme && o.value === 'system') ? 0 : -1}
            onClick={() => choose(o.value)}
            className="segment"
          >
            <span aria-hidden="true">{o.icon}</span>
          </button>
        );
      })}
    </div>
  );
}
