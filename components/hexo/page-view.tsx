import { getPageBody, type HexoPage } from '@/lib/content';
import { bodyToHast } from '@/lib/content/markdown';
import { toHtml } from 'hast-util-to-html';
import { bodyFeatures } from '@/lib/content/body-features';
import { KATEX_STYLESHEET } from '@/lib/content/math/assets';
import { staticHtmlSource } from '@/lib/static-html';
import { StaticHtml } from '../static-html';

/** A Hexo site's own page (about, links, a resume): its title and body, nothing of an article around it. */
export async function HexoPageView({ page }: { page: HexoPage }) {
  const { source, context } = await getPageBody(page);
  const tree = await bodyToHast(source, 'md', context);
  const html = toHtml(tree);
  return (
    <article className="mx-auto w-full max-w-[40em] min-w-0">
      {bodyFeatures(tree).math && <link rel="stylesheet" href={KATEX_STYLESHEET} precedence="default" />}
      <h1 className="mb-8 text-3xl leading-tight font-bold text-balance sm:text-4xl">{page.title}</h1>
      <StaticHtml as="div" {...staticHtmlSource(html)} empty={html === ''} className="reading prose max-w-none prose-stone dark:prose-invert prose-a:text-accent-strong prose-img:rounded-md dark:prose-a:text-orange-300" />
    </article>
  );
}
