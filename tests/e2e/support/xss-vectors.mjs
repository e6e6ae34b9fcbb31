// The XSS vectors the `xss` server's articles carry (xss-content.mjs) and xss.spec.ts checks, from
// public references: the OWASP XSS filter-evasion cheat sheet, html5sec.org and DOMPurify's test
// cases (script and event-handler forms, javascript:/vbscript:/data: URLs with entity and whitespace
// tricks, SVG and MathML namespace confusion, mutation XSS), plus Markdown's own link forms. Each
// one, if it ran, would call alert() or set window.__xss.
import fs from 'node:fs';

/** @type {string[]} */
export const xssVectors = JSON.parse(fs.readFileSync(new URL('../../fixtures/xss-vectors.json', import.meta.url), 'utf8'));
