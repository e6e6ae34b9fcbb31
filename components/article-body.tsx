import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from '@/lib/content/visit';
import { getArticleBody, type ArticleMeta } from '@/lib/content';
import { bodyToHast } from '@/lib/content/markdown';
import { KATEX_STYLESHEET } from '@/lib/content/math/assets';
import { bodyFeatures } from '@/lib/content/body-features';
import { BodyAids } from './article/body-aids';
import { TIP_ELEMENT } from '@/lib/content/tip-block';
import { staticHtmlSource } from '@/lib/static-html';
import { StaticHtml } from './static-html';
import { tipButtonTree } from './tips/button';

/** The body's element id, which the reading-progress island measures. */
export const ARTICLE_BODY_ID = 'article-body';

const BODY_CLASS = 'reading prose max-w-none prose-stone dark:prose-invert prose-headings:scroll-mt-20 prose-a:text-accent-strong prose-img:rounded-md dark:prose-a:text-orange-300';

/** The sanitized body tree as HTML, its tip block (if any) turned into the site's tip button. */
function bodyHtml(tree: Root, article: ArticleMeta): string {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== TIP_ELEMENT || !parent || index === undefined) return;
    const prompt = typeof node.properties.dataPrompt === 'string' ? node.properties.dataPrompt : undefined;
    parent.children[index] = tipButtonTree({ author: article.author, articleSlug: article.slug, prompt });
  });
  return toHtml(tree);
}

/**
 * The article body, rendered on the server. Imported `.md` is HTML-bearing Markdown: it goes
 * through the sanitizing pipeline and becomes one HTML string, fast to render (no compile step)
 * and sent once (components/static-html.tsx). `.mdx` is the site's own trusted format, compiled
 * with its components.
 */
export async function ArticleBody({ article }: { article: ArticleMeta }) {
  const { source, format, context } = await getArticleBody(article);
  // The tree is made for .mdx too: it says which reading aids the page needs.
  const tree = await bodyToHast(source, format, context);
  const features = bodyFeatures(tree);
  const aids = (
    <>
      {/* Only pages with math load KaTeX's stylesheet; React puts it in the <head>. */}
      {features.math && <link rel="stylesheet" href={KATEX_STYLESHEET} precedence="default" />}
      <BodyAids bodyId={ARTICLE_BODY_ID} code={features.code} images={features.images} diagrams={features.diagrams} />
    </>
  );
  if (format === 'md') {
    const html = bodyHtml(tree, article);
    return (
      <>
        <StaticHtml as="div" {...staticHtmlSource(html)} empty={html === ''} id={ARTICLE_BODY_ID} data-testid="article-body" className={BODY_CLASS} />
        {aids}
      </>
    );
  }
  const { MdxBody } = await import('./article/mdx-body');
  return (
    <>
      <div id={ARTICLE_BODY_ID} data-testid="article-body" className={BODY_CLASS}>
        <MdxBody source={source} context={context} article={article} />
      </div>
      {aids}
    </>
  );
}
