/** The drafts servers' settings (playwright.config.ts), which the drafts specs need to know too. */
export const previewSecret = 'yuedu-e2e-preview-secret';
export const revalidateSecret = 'yuedu-e2e-revalidate-secret';
export const editorLogin = 'editor';

/** The fixture's scheduled articles are due in 2099; a century from now is well past that. */
export const CENTURY_SECONDS = 100 * 365 * 24 * 60 * 60;

/** Guest comments are on here, so comments*.spec.ts can post as a guest and moderate. */
export const draftsEnv = [`PREVIEW_SECRET=${previewSecret}`, `REVALIDATE_SECRET=${revalidateSecret}`, `EDITORS=${editorLogin}@example.test`, 'COMMENT_GUESTS=on'];

/** The fixture's articles (tests/fixtures/drafts/articles), by what readers may see of them. */
export const fixture = {
  published: { path: '/articles/published', title: '公开的文章 PUBLIC-MARKER-P0' },
  /** `hidden: true` (the themes' hexo-hide-posts key): readable at its address, listed nowhere. */
  hidden: { path: '/articles/unlisted', title: '只给知道地址的人看 UNLISTED-U6', marker: 'UNLISTED-U6-BODY' },
  /** Published, for the comment specs (comments*.spec.ts): carol's, but `comments-moderated`, which is bob's. */
  comments: ['comments-open', 'comments-closed', 'comments-moderated', 'comments-xss', 'comments-fuzz'],
  drafts: {
    a1: { slug: 'draft-a1', title: '未完成的稿子 DRAFT-MARKER-A1', author: 'alice' },
    b2: { slug: 'draft-b2', title: '不公开的文章 DRAFT-MARKER-B2', author: 'bob' },
    c3: { slug: 'draft-c3', title: 'Hexo 草稿夹里的文章 DRAFT-MARKER-C3', author: 'DRAFT-MARKER-WRITER' },
  },
  scheduled: {
    d4: { slug: 'scheduled-d4', title: '定时发布的文章 SCHEDULED-MARKER-D4', author: 'alice' },
    e5: { slug: 'scheduled-e5', title: '日期在未来的文章 SCHEDULED-MARKER-E5', author: 'bob' },
  },
};

/** Strings that must never reach a reader of the real-time server. */
export const MARKER = /(DRAFT|SCHEDULED)-MARKER/;
