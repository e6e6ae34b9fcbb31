import { MDXRemote } from 'next-mdx-remote/rsc';
import { getArticleBody, type ArticleMeta } from '@/lib/content';
import { rehypePlugins, remarkPlugins } from '@/lib/content/markdown';
import { TIP_ELEMENT } from '@/lib/content/tip-block';
import { TipButton } from './tip-button';

/** The body's element id, which the reading-progress island measures. */
export const ARTICLE_BODY_ID = 'article-body';

/**
 * The article body, compiled on the server at build time. Imported `.md` is HTML-bearing Markdown
 * and goes through the sanitizing pipeline; `.mdx` is the site's own trusted format.
 */
export async function ArticleBody({ article }: { article: ArticleMeta }) {
  const { source, format } = await getArticleBody(article);
  const components = {
    [TIP_ELEMENT]: ({ 'data-prompt': prompt }: { 'data-prompt'?: string }) => <TipButton author={article.author} articleSlug={article.slug} prompt={prompt} />,
  };
  return (
    <div id={ARTICLE_BODY_ID} data-testid="article-body" className="reading prose max-w-none prose-stone dark:prose-invert prose-headings:scroll-mt-20 prose-a:text-accent-strong prose-img:rounded-md dark:prose-a:text-orange-300">
      <MDXRemote source={source} options={{ mdxOptions: { format, remarkPlugins, rehypePlugins: rehypePlugins(format) } }} components={components} />
    </div>
  );
}
