/** Site paths of content pages. Free of server code, so client components link with them too. */
export const articleHref = (slug: string) => `/articles/${encodeURIComponent(slug)}`;
export const authorHref = (slug: string) => `/authors/${encodeURIComponent(slug)}`;
/** The author's tip page; from an article, it names the article so the tip is recorded for it. */
export const tipHref = (slug: string, articleSlug?: string) =>
  `${authorHref(slug)}/tip${articleSlug ? `?article=${encodeURIComponent(articleSlug)}` : ''}`;
export const tagHref = (slug: string) => `/tags/${encodeURIComponent(slug)}`;
export const categoryHref = (node: { segments: string[] }) => `/categories/${node.segments.map(encodeURIComponent).join('/')}`;
