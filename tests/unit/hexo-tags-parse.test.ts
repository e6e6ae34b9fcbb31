import { describe, expect, it } from 'vitest';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { expandTags, SLOT_MARKER, splitTagArgs } from '@/lib/hexo/tags/parse';
import type { TagFamily } from '@/lib/hexo/tags/types';
import { testTagContext } from '../support/tag-context';

const shout: TagFamily = {
  shout: ({ args }) => args.join('|').toUpperCase(),
  box: ({ args, body }, context) => h('div', { className: ['box'], title: args.join(' ') }, body === undefined ? [] : context.markdown(body)),
};

function expand(source: string, families: TagFamily[] = [shout]) {
  const { context, warnings } = testTagContext();
  const result = expandTags(source, { families, context });
  const slotHtml = result.slots.map((slot) => toHtml(slot));
  return { ...result, warnings, slotHtml, text: result.source.replace(SLOT_MARKER, (_, i: string) => `[slot ${i}]`) };
}

describe('finding tag plugins in Markdown, as Hexo does', () => {
  it('splits arguments on spaces, a quoted one whole and without its quotes', () => {
    expect(splitTagArgs(`a.png "标题 有空格" 'alt text' 100`)).toEqual(['a.png', '标题 有空格', 'alt text', '100']);
    expect(splitTagArgs('  ')).toEqual([]);
  });

  it('replaces a tag in text, never inside fenced or inline code', () => {
    const source = ['{% shout a "b c" %}', '', '```js', '{% shout inside %}', '```', '', '~~~~', '{% shout tilde %}', '~~~~', '', 'Use `{% shout code %}` here.'].join('\n');
    const { text, warnings } = expand(source);
    expect(text.split('\n')[0]).toBe('A|B C');
    for (const kept of ['{% shout inside %}', '{% shout tilde %}', '`{% shout code %}`']) expect(text).toContain(kept);
    expect(warnings).toEqual([]);
  });

  it('reads a block only when its end tag follows, pairing nested blocks of the same name', () => {
    const { text, slotHtml } = expand('{% box outer %}\nA {% box inner %}B{% endbox %} C\n{% endbox %}\n\n{% box lone %} after');
    expect(text).toBe('[slot 0]\n\n[slot 1] after');
    // The fake context renders a body as one paragraph of its text: the nested block is inside the outer one's body.
    expect(slotHtml[0]).toBe('<div class="box" title="outer"><p>A {% box inner %}B{% endbox %} C</p></div>');
    expect(slotHtml[1]).toBe('<div class="box" title="lone"></div>');
  });

  it('keeps an unknown tag’s text (inline) or content (block) without its markers, and warns with the line', () => {
    const { text, slotHtml, warnings } = expand('第一行\n{% icon fab fa-github %} 文字\n\n{% mystery x %}\n内容\n{% endmystery %}');
    expect(text).toBe('第一行\nfab fa-github 文字\n\n[slot 0]');
    expect(slotHtml[0]).toBe('<p>内容</p>');
    expect(warnings).toEqual([
      'line 2: unknown tag {% icon %}; its text is kept without the tag',
      'line 4: unknown tag {% mystery %}; its content is kept without the tag',
    ]);
  });

  it('drops an end tag that closes nothing, with a warning', () => {
    const { text, warnings } = expand('文字\n{% endnote %}');
    expect(text).toBe('文字\n');
    expect(warnings).toEqual(['line 2: {% endnote %} closes no tag; it is left out']);
  });

  it('reads whitespace control (`{%-`, `-%}`) and the `% }` slip as tags', () => {
    expect(expand('{%- shout a -%} {% shout b % }').text).toBe('A B');
  });

  it('hands a block its body as written, with the line its text starts on', () => {
    const lines: number[] = [];
    const families: TagFamily[] = [{ note: ({ body }, context) => (context.markdown(body!.split('---')[1]!), []) }];
    const { context } = testTagContext();
    const markdown = context.markdown;
    context.markdown = (text, line) => (lines.push(line ?? -1), markdown(text));
    expandTags('前言\n\n{% note %}\n第一段\n---\n第二段\n{% endnote %}', { families, context, firstLine: 10 });
    expect(lines).toEqual([14]);
  });
});
