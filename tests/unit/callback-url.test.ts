import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from '@/lib/auth/callback-url';

const site = 'https://site.example';

describe('safeCallbackPath', () => {
  it.each([
    ['/', '/'],
    ['/articles/hello', '/articles/hello'],
    ['/search?q=next&page=2', '/search?q=next&page=2'],
    ['/articles/hello#comments', '/articles/hello#comments'],
    ['/tags/js?sort=new#top', '/tags/js?sort=new#top'],
    ['/a/../me', '/me'],
  ])('keeps the path on this site %s', (value, expected) => {
    expect(safeCallbackPath(value, site)).toBe(expected);
  });

  it('keeps a Chinese path, percent-encoded as the browser sends it', () => {
    const path = safeCallbackPath('/文章/你好?q=中文#小节', site);
    expect(path).toBe('/%E6%96%87%E7%AB%A0/%E4%BD%A0%E5%A5%BD?q=%E4%B8%AD%E6%96%87#%E5%B0%8F%E8%8A%82');
    expect(decodeURI(path)).toBe('/文章/你好?q=中文#小节');
  });

  it('turns an absolute URL on this site into its path', () => {
    expect(safeCallbackPath('https://site.example/me?tab=likes#x', site)).toBe('/me?tab=likes#x');
    expect(safeCallbackPath('https://site.example', site)).toBe('/');
    expect(safeCallbackPath('http://localhost:3000/me', 'http://localhost:3000')).toBe('/me');
  });

  it.each([
    ['another origin', 'https://evil.example/me'],
    ['this host over another scheme', 'http://site.example/me'],
    ['this host on another port', 'https://site.example:8443/me'],
    ['a host ending in this one', 'https://evil-site.example/'],
    ['a host starting with this one', 'http://site.example.evil.example/'],
    ['a protocol-relative URL', '//evil.example'],
    ['a protocol-relative URL after spaces', '  //evil.example/me'],
    ['a slash and a backslash', '/\\evil.example'],
    ['two backslashes', '\\\\evil.example'],
    ['a tab between the slashes', '/\t/evil.example'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['an empty string', ''],
    ['more than 2000 characters', `/${'a'.repeat(2000)}`],
  ])('sends %s home', (_name, value) => {
    expect(safeCallbackPath(value, site)).toBe('/');
  });

  it.each([
    ['a dot segment before the second slash', '/.//evil.example'],
    ['a double-dot segment before the second slash', '/..//evil.example/me'],
    ['an encoded dot segment before the second slash', '/%2e//evil.example'],
    ['a dot segment before a backslash', '/./\\evil.example'],
  ])('sends %s home rather than to a protocol-relative path', (_name, value) => {
    // Resolving the dot segments leaves a path starting with `//`, which is another host to a browser.
    expect(safeCallbackPath(value, site)).toBe('/');
  });

  it('keeps a path of exactly 2000 characters', () => {
    const path = `/${'a'.repeat(1999)}`;
    expect(safeCallbackPath(path, site)).toBe(path);
  });

  it.each([undefined, null, 42, ['/me'], { pathname: '/me' }])('sends a non-string (%o) home', (value) => {
    expect(safeCallbackPath(value, site)).toBe('/');
  });
});
