import type { Page } from '@playwright/test';
import { HEAD_SCRIPT_ID } from '../../../lib/head-script';
import { expect } from './fixtures';

/**
 * The XSS audit of a page in Chromium (xss.spec.ts, comments-xss.spec.ts): no script of an attacker's
 * runs (no dialog, `window.__xss` unset) and nothing dangerous is left in the DOM.
 */
/** Everything in the current document (or a parsed one) that content must not have put there. */
export function auditDocument(options: { siteScripts: boolean; headScriptId: string }): string[] {
  // Runs in the page: everything it uses is defined in here.
  const reactFormGuard =
    "javascript:throw new Error('A React form was unexpectedly submitted. If you called form.submit() manually, consider using form.requestSubmit() instead. If you\\'re trying to use event.stopPropagation() in a submit event handler, consider also calling event.preventDefault().')";
  const dangerousUrl = /^(?:javascript|vbscript|livescript|data:text\/html|data:application\/xhtml)/i;
  const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'xlink:href', 'srcset', 'dynsrc', 'lowsrc', 'code', 'codebase', 'cite', 'ping']);
  const forbidden = new Set(['IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'APPLET', 'BASE', 'PORTAL']);
  const problems: string[] = [];
  const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}>`;
  const isSiteScript = (script: HTMLScriptElement): boolean => {
    if (!options.siteScripts) return false;
    if (script.type === 'application/ld+json') {
      try {
        JSON.parse(script.textContent ?? '');
        return true;
      } catch {
        return false;
      }
    }
    if (script.src) {
      const url = new URL(script.src, location.href);
      return url.origin === location.origin && url.pathname.startsWith('/_next/static/');
    }
    const text = script.textContent ?? '';
    return script.id === options.headScriptId || /^\(?self\.__next_f/.test(text) || text.startsWith('(globalThis["TURBOPACK"]');
  };
  for (const el of document.querySelectorAll('*')) {
    if (forbidden.has(el.tagName.toUpperCase())) problems.push(`${describe(el)} is on the page`);
    if (el.tagName.toUpperCase() === 'SCRIPT' && !isSiteScript(el as HTMLScriptElement)) problems.push(`a script not of the site's own: ${el.outerHTML.slice(0, 120)}`);
    if (el.tagName.toUpperCase() === 'META' && /refresh/i.test(el.getAttribute('http-equiv') ?? '')) problems.push('a <meta http-equiv=refresh>');
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = attr.value.replace(/[\u0000-\u0020]/g, '');
      // React's own guard on a form whose action is a function, rendered in the browser: it only
      // throws, saying the form was submitted the wrong way. Nothing of the content is in it.
      if (options.siteScripts && el.tagName.toUpperCase() === 'FORM' && name === 'action' && attr.value === reactFormGuard) continue;
      if (name.startsWith('on')) problems.push(`${describe(el)} has ${name}`);
      if (name === 'srcdoc') problems.push(`${describe(el)} has srcdoc`);
      if ((urlAttributes.has(name) || name.endsWith(':href')) && dangerousUrl.test(value)) problems.push(`${describe(el)} ${name}=${attr.value.slice(0, 60)}`);
      if (dangerousUrl.test(value) && /^javascript:|^vbscript:/i.test(value)) problems.push(`${describe(el)} ${name} holds a script URL`);
      if (name === 'style' && /javascript:|expression\(|behavior:|url\(/i.test(attr.value)) problems.push(`${describe(el)} style=${attr.value.slice(0, 60)}`);
    }
  }
  return problems;
}

/** Opens `path` and returns what the audit found, failing on any dialog or a set marker. */
export async function visitAndAudit(page: Page, path: string, dialogs: string[]): Promise<string[]> {
  const response = await page.goto(path, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
  return auditPage(page, path, dialogs);
}

/** What the audit finds on the page as it is now, named by `path`, with any dialog or a set marker. */
export async function auditPage(page: Page, path: string, dialogs: string[]): Promise<string[]> {
  // Scripts that survived would run on load, on focus or after a timer; give them the chance.
  await page.waitForTimeout(50);
  const marker = await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);
  const problems = await page.evaluate(auditDocument, { siteScripts: true, headScriptId: HEAD_SCRIPT_ID });
  if (marker !== undefined) problems.push('window.__xss was set');
  if (dialogs.length) problems.push(`a dialog opened: ${dialogs.splice(0).join(', ')}`);
  return problems.map((p) => `${decodeURIComponent(path)}: ${p}`);
}

export function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}
