/**
 * Marks a plain link to an author's tip page that the article's tip dialog opens instead of
 * following (components/tips/dialog.tsx): one attribute, so links inside an imported body's HTML
 * work the same as the site's own.
 */
export const TIP_LINK_ATTRIBUTE = 'data-tip-link';
