import type { ReactNode } from 'react';

/** A decorative icon drawn in lines of the text's colour: drawn, because a typed symbol (☾, ▾) may be in none of the site's fonts. */
export function LineIcon({ viewBox, className, children }: { viewBox: string; className: string; children: ReactNode }) {
  return (
    <svg aria-hidden="true" viewBox={viewBox} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" className={className}>
      {children}
    </svg>
  );
}
