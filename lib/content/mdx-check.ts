import { evaluate } from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import { mdxRehypePlugins, remarkPlugins } from './markdown';
import { TIP_ELEMENT } from './tip-block';

/**
 * Runs an `.mdx` body's code once, as its page will: an expression that throws (`{post.title}` with
 * no `post`) or a component the site does not provide (`<Chart />`) compiles fine but fails the
 * page. Found here, the article is reported and left out like any other broken file, instead of
 * failing the build that prerenders it or the request that renders it. Calling the content
 * function is enough: MDX evaluates expressions and resolves components there, while building the
 * element tree, before React renders anything.
 */
export async function checkMdxRuns(source: string): Promise<void> {
  // The text pipeline: highlighting and diagrams only change the look of what the code runs on.
  const { default: Content } = await evaluate(source, { ...runtime, remarkPlugins: remarkPlugins(), rehypePlugins: mdxRehypePlugins({ purpose: 'text' }) });
  Content({ components: { [TIP_ELEMENT]: () => null } });
}
