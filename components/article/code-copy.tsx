'use client';

import { useEffect } from 'react';
import { bodyText } from '@/lib/strings/body';

/**
 * A copy button on each code block of the body: added in the browser (the body is static HTML), so
 * without JavaScript there is no button that cannot work. Copies the code's text, which holds no
 * line numbers (they are drawn by CSS).
 */
export function CodeCopy({ bodyId }: { bodyId: string }) {
  useEffect(() => {
    const body = document.getElementById(bodyId);
    if (!body || !navigator.clipboard) return;
    const buttons: HTMLButtonElement[] = [];
    for (const pre of body.querySelectorAll<HTMLPreElement>('pre[data-language]')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'code-copy';
      button.textContent = bodyText.copyCode;
      button.addEventListener('click', async () => {
        try {
          await navigator.clipboard.writeText((pre.querySelector('code') ?? pre).textContent ?? '');
          button.textContent = bodyText.codeCopied;
        } catch {
          button.textContent = bodyText.copyCodeFailed;
        }
        setTimeout(() => (button.textContent = bodyText.copyCode), 2000);
      });
      (pre.parentElement?.classList.contains('code-block') ? pre.parentElement : pre).append(button);
      buttons.push(button);
    }
    return () => buttons.forEach((button) => button.remove());
  }, [bodyId]);
  return null;
}
