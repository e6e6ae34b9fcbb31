/** The share menu under an article (components/share-menu.tsx). */
export const shareText = {
  button: '分享',
  copy: '复制链接',
  copied: '已复制',
  copyFailed: '复制失败，请从地址栏复制链接',
  weibo: '分享到微博',
  wechat: '微信扫一扫，分享给朋友',
  qr: '本文链接的二维码',
} as const;
