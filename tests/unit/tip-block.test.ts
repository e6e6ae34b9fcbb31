import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '@/lib/content/front-matter';
import { renderBody, seedFile } from './helpers';

const woshipmTipBlock =
  '<div class="support-author"><div class="support-title">给作者打赏，鼓励TA抓紧创作！</div><button class="button--pay" data-post-id="4597457" data-author="184554" data-avatar="http://image.woshipm.com/a.jpeg"><svg width="13" height="16" class="svgIcon--use" viewBox="0 0 13 16"><path d="M9.113,4.571 L9.113,4.571 Z"/></svg>\n赞赏</button></div>';

describe('the woshipm tip block', () => {
  it('becomes one tip-button carrying only the prompt', async () => {
    const html = await renderBody(`<p>正文</p>\n${woshipmTipBlock}`);
    expect(html).toBe('<p>正文</p>\n<tip-button data-prompt="给作者打赏，鼓励TA抓紧创作！"></tip-button>');
  });

  it('has no prompt attribute when the block has no title', async () => {
    const html = await renderBody('<div class="support-author"><button class="button--pay">赞赏</button></div>');
    expect(html).toBe('<tip-button></tip-button>');
  });

  it('leaves a support-author block without a pay button to the sanitizer', async () => {
    const html = await renderBody('<div class="support-author"><div class="support-title">谢谢阅读</div><button class="other">分享</button></div>');
    expect(html).not.toContain('tip-button');
    expect(html).toContain('谢谢阅读');
    expect(html).not.toContain('<button');
    expect(html).not.toContain('分享');
  });

  it('turns the seed’s block into a single tip-button with nothing of the original left', async () => {
    const split = splitFrontMatter(await fs.readFile(seedFile, 'utf8'));
    if (!split.ok) throw new Error(split.message);
    const html = await renderBody(split.body);
    expect(html.match(/<tip-button[^>]*>/g)).toEqual(['<tip-button data-prompt="给作者打赏，鼓励TA抓紧创作！">']);
    for (const gone of ['<svg', '<path', '<button', 'support-author', 'button--pay', 'data-post-id', 'data-author', '赞赏']) {
      expect(html).not.toContain(gone);
    }
  });
});
