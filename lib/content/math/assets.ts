import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

/**
 * KaTeX's stylesheet and fonts, served by the site itself (nothing is fetched from a CDN): copied
 * from the katex package into public/ by the build and `npm run dev`, and linked only from pages
 * that have math. Only the woff2 fonts are kept — every browser the site supports reads them — and
 * the stylesheet is rewritten to ask for nothing else.
 */
export const KATEX_STYLESHEET = '/vendor/katex/katex.min.css';

export function copyKatexAssets(publicDir = path.resolve('public')): void {
  const dist = path.join(path.dirname(createRequire(import.meta.url).resolve('katex/package.json')), 'dist');
  const out = path.join(publicDir, 'vendor', 'katex');
  fs.mkdirSync(path.join(out, 'fonts'), { recursive: true });
  for (const font of fs.readdirSync(path.join(dist, 'fonts'))) {
    if (font.endsWith('.woff2')) fs.copyFileSync(path.join(dist, 'fonts', font), path.join(out, 'fonts', font));
  }
  const css = fs
    .readFileSync(path.join(dist, 'katex.min.css'), 'utf8')
    // `src:url(a.woff2) format("woff2"),url(a.woff) format("woff"),url(a.ttf) format("truetype")` → the woff2 alone.
    .replace(/,url\([^)]*\.(?:woff|ttf)\) format\("(?:woff|truetype)"\)/g, '');
  fs.writeFileSync(path.join(out, 'katex.min.css'), css);
}
