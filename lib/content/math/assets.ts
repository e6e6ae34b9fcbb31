import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

/**
 * KaTeX's stylesheet and fonts, served by the site itself (nothing is fetched from a CDN, nothing
 * downloaded at build time): copied from the installed katex package into `<publicDir>/vendor/katex/`
 * by the build, and linked only from pages that have math (lib/content/math/katex.ts `hasMath`).
 * Only the woff2 fonts are kept — every browser the site supports reads them — so the stylesheet is
 * rewritten to ask for nothing else. It also carries the site's rules for the math markup.
 */
export const KATEX_STYLESHEET = '/vendor/katex/katex.min.css';

/**
 * The math markup's own rules (lib/content/math/katex.ts), shipped with KaTeX's so that they load
 * exactly where math is: a display formula wider than the column scrolls on its own instead of
 * widening the page; vertical overflow is hidden so tall delimiters show no second scroll bar.
 */
const SITE_RULES = '.math-display{overflow-x:auto;overflow-y:hidden;max-width:100%}.math-display>.katex-display{margin:.75em 0}';

/** `src:url(a.woff2) format("woff2"),url(a.woff) format("woff"),url(a.ttf) format("truetype")` → the woff2 alone. */
export function woff2Only(css: string): string {
  return css.replace(/,\s*url\([^)]*\.(?:woff|ttf)\)\s*format\(["']?(?:woff|truetype)["']?\)/g, '');
}

function katexDist(): string {
  return path.join(path.dirname(createRequire(import.meta.url).resolve('katex/package.json')), 'dist');
}

/** Copies the stylesheet and its woff2 fonts; returns the files written, relative to publicDir. */
export function copyKatexAssets(publicDir = path.resolve('public')): string[] {
  const dist = katexDist();
  const out = path.join(publicDir, 'vendor', 'katex');
  fs.mkdirSync(path.join(out, 'fonts'), { recursive: true });
  const written: string[] = [];
  for (const font of fs.readdirSync(path.join(dist, 'fonts'))) {
    if (!font.endsWith('.woff2')) continue;
    fs.copyFileSync(path.join(dist, 'fonts', font), path.join(out, 'fonts', font));
    written.push(path.posix.join('vendor/katex/fonts', font));
  }
  const css = woff2Only(fs.readFileSync(path.join(dist, 'katex.min.css'), 'utf8'));
  // Every url() left must name a font just copied, or a page would ask for a file that is not there.
  for (const [, url] of css.matchAll(/url\(["']?([^)"']+)["']?\)/g)) {
    if (!fs.existsSync(path.join(out, url!))) throw new Error(`katex.min.css refers to ${url}, which is not among the copied fonts`);
  }
  fs.writeFileSync(path.join(out, 'katex.min.css'), `${css}\n${SITE_RULES}\n`);
  written.push('vendor/katex/katex.min.css');
  return written;
}
