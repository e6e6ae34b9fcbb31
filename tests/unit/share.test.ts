import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrSymbol } from '@/lib/qr';
import { weiboShareHref } from '@/lib/share';

/** Paints a `qrSymbol` path (runs of `M x y h n v1 h -n z`) as RGBA pixels with a white margin. */
function rasterize({ size, path }: { size: number; path: string }, scale = 4, margin = 4) {
  const side = (size + 2 * margin) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  let runs = 0;
  for (const [, x, y, n, back] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
    expect(back, 'each run closes on itself').toBe(n);
    runs++;
    for (let px = (Number(x) + margin) * scale; px < (Number(x) + Number(n) + margin) * scale; px++) {
      for (let py = (Number(y) + margin) * scale; py < (Number(y) + 1 + margin) * scale; py++) {
        pixels.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3);
      }
    }
  }
  // Every command of the path was understood.
  expect(path).toBe(path.match(/M\d+ \d+h\d+v1h-\d+z/g)?.join(''));
  expect(runs).toBeGreaterThan(0);
  return { pixels, side };
}

describe('the share QR code', () => {
  it('decodes to the exact address, percent-encoded Chinese included', () => {
    const url = `https://yuedu.example/articles/${encodeURIComponent('去中心化-阿里-京东-拼多多布局的新风口')}`;
    const { pixels, side } = rasterize(qrSymbol(url));
    expect(jsQR(pixels, side, side)?.data).toBe(url);
  });

  it('differs for different addresses', () => {
    expect(qrSymbol('https://yuedu.example/articles/a').path).not.toBe(qrSymbol('https://yuedu.example/articles/b').path);
  });
});

describe('the Weibo share link', () => {
  it('carries the address and title as encoded query parameters', () => {
    const url = `https://yuedu.example/articles/${encodeURIComponent('排版')}?x=1&y=2`;
    const title = '中文排版：标点 & 间距';
    const href = new URL(weiboShareHref(url, title));
    expect(href.origin + href.pathname).toBe('https://service.weibo.com/share/share.php');
    expect(href.searchParams.get('url')).toBe(url);
    expect(href.searchParams.get('title')).toBe(title);
    expect([...href.searchParams.keys()]).toEqual(['url', 'title']);
  });
});
