import type { ArticleMeta } from '@/lib/content';
import type { CopyrightSettings } from '@/lib/hexo/copyright';
import { authorHref } from '@/lib/content';
import { t } from '@/lib/strings';

/** The 版权声明 block under an article: who wrote it, its address, and on what terms it may be shared. */
export function CopyrightNotice({ article, url, settings }: { article: ArticleMeta; url: string; settings: CopyrightSettings }) {
  const text = t.article.copyright;
  return (
    <aside aria-label={text.title} data-testid="copyright" className="mt-10 rounded-lg border-l-4 border-accent-strong bg-stone-100 px-4 py-3 text-sm leading-relaxed text-stone-700 dark:border-orange-300 dark:bg-stone-900 dark:text-stone-300">
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="font-semibold">{text.author}</dt>
        <dd>
          <a href={authorHref(article.author.slug)} className="hover:text-accent">
            {article.author.name}
          </a>
        </dd>
        <dt className="font-semibold">{text.link}</dt>
        <dd className="break-all">
          <a href={url} className="hover:text-accent">
            {url}
          </a>
        </dd>
        <dt className="font-semibold">{text.license}</dt>
        <dd>
          {settings.license ? (
            <>
              {text.licensed.before}
              {settings.licenseUrl ? (
                <a href={settings.licenseUrl} rel="license noopener" className="underline hover:text-accent">
                  {settings.license}
                </a>
              ) : (
                settings.license
              )}
              {text.licensed.after}
            </>
          ) : (
            text.reserved
          )}
        </dd>
      </dl>
    </aside>
  );
}
