import { MDXRemote } from 'next-mdx-remote/rsc';
import type { ArticleMeta } from '@/lib/content';
import { mdxRehypePlugins, remarkPlugins, type BodyContext } from '@/lib/content/markdown';
import { TIP_ELEMENT } from '@/lib/content/tip-block';
import { TipButton } from '../tips/button';

/**
 * An `.mdx` body, compiled with the site's components. Its own module, imported only when an `.mdx`
 * body is rendered (components/article-body.tsx): next-mdx-remote brings the whole MDX compiler with
 * it, a second copy of the Markdown parsers, which a server whose articles are all `.md` never needs.
 */
export function MdxBody({ source, context, article }: { source: string; context: BodyContext; article: ArticleMeta }) {
  const components = {
    [TIP_ELEMENT]: ({ 'data-prompt': prompt }: { 'data-prompt'?: string }) => <TipButton author={article.author} articleSlug={article.slug} prompt={prompt} />,
  };
  return <MDXRemote source={source} options={{ mdxOptions: { format: 'mdx', remarkPlugins: remarkPlugins(context), rehypePlugins: mdxRehypePlugins(context) } }} components={components} />;
}
