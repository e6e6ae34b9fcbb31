'use client';

import { useEffect, useState, type KeyboardEvent } from 'react';
import { themeText } from '@/lib/strings/page-controls';
import { applyTheme, isTheme, THEME_STORAGE_KEY, type Theme } from '@/lib/theme';
import { LineIcon } from './line-icon';

// Drawn, not typed: ☾ is in none of the fonts the site names (not in Noto Sans CJK), so each
// system drew it in whatever font it found (tests/e2e/interface-glyphs.spec.ts).
const options = [
  {
    value: 'light',
    label: themeText.light,
    icon: (
      <>
        <circle cx="12" cy="12" r="4" />
        <path d="M12 2v2m0 16v2M4.9 4.9l1.4 1.4m11.4 11.4 1.4 1.4M2 12h2m16 0h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
      </>
    ),
  },
  { value: 'dark', label: themeText.dark, icon: <path d="M20.5 14.1A8.5 8.5 0 1 1 9.9 3.5a6.6 6.6 0 0 0 10.6 10.6z" /> },
  {
    value: 'system',
    label: themeText.system,
    icon: (
      <>
        <circle cx="12" cy="12" r="8.5" />
        <path d="M12 3.5a8.5 8.5 0 0 1 0 17z" fill="currentColor" />
      </>
    ),
  },
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
            <LineIcon viewBox="0 0 24 24" className="size-3.5">
              {o.icon}
            </LineIcon>
          </button>
        );
      })}
    </div>
  );
}
