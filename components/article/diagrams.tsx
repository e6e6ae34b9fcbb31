'use client';

import { useEffect } from 'react';
import { bodyText } from '@/lib/strings/body';

/**
 * Draws the body's Mermaid diagrams (lib/content/mermaid.ts) in the browser. Rendered only on pages
 * that have a diagram, and the renderer itself is fetched only then, after the page has loaded. The
 * source stays in the page, folded under the diagram; if drawing fails it stays open.
 */
export function Diagrams({ bodyId }: { bodyId: string }) {
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const figures = [...(document.getElementById(bodyId)?.querySelectorAll<HTMLElement>('figure[data-diagram="mermaid"]') ?? [])];
      if (figures.length === 0) return;
      const { default: mermaid } = await import('mermaid');
      const dark = document.documentElement.classList.contains('dark');
      mermaid.initialize({ startOnLoad: false, theme: dark ? 'dark' : 'default', securityLevel: 'strict' });
      for (const [index, figure] of figures.entries()) {
        const source = figure.querySelector('pre');
        if (cancelled || !source || figure.dataset.drawn) continue;
        const details = document.createElement('details');
        const summary = document.createElement('summary');
        summary.textContent = bodyText.diagramSource;
        try {
          const { svg } = await mermaid.render(`${bodyId}-diagram-${index}`, source.textContent ?? '');
          const drawing = document.createElement('div');
          drawing.className = 'diagram-drawing';
          drawing.innerHTML = svg;
          figure.prepend(drawing);
        } catch {
          summary.textContent = bodyText.diagramFailed;
          details.open = true;
        }
        details.append(summary, source);
        figure.append(details);
        figure.dataset.drawn = 'true';
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [bodyId]);
  return null;
}
