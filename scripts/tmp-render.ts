import { toHtml } from 'hast-util-to-html';
import { bodyToHast } from '@/lib/content/markdown';
const src = `# 标题

正文**重点**，然后 $x^2$ 和 $5 and $10 美元。
第二行中文
接着。

{% note info %}
提示 **内容**
{% endnote %}

{% codeblock 标题 lang:js https://example.com 链接 mark:1 %}
const a = 1;
const b = 2;
{% endcodeblock %}

$$
\\frac{1}{2}
$$

{% math %}
a = \\bad{
{% endmath %}

\`\`\`mermaid
graph TD; A-->B
\`\`\`
`;
const warnings: string[] = [];
const tree = await bodyToHast(src, 'md', { warn: (m) => warnings.push(m), settings: { breaks: true, smartypants: true, hexoHeadingIds: true, anchorCase: 0, codeLineNumbers: true } });
console.log(toHtml(tree).replace(/<span class="katex-html"[\s\S]*?<\/span><\/span><\/span>/g, '[katex-html]').slice(0, 4000));
console.log(warnings);
