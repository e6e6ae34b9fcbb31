/** Weibo's share page, prefilled with the address and title. */
export function weiboShareHref(url: string, title: string): string {
  return `https://service.weibo.com/share/share.php?${new URLSearchParams({ url, title })}`;
}
