/** The article body's reading aids, in the browser (components/article). */
export const bodyText = {
  copyCode: '复制代码',
  codeCopied: '已复制',
  copyCodeFailed: '复制失败',
  zoomImage: (alt: string) => (alt ? `放大图片：${alt}` : '放大图片'),
  closeImage: '关闭',
  imageDialog: '图片查看',
  diagramSource: '图表源码',
  diagramFailed: '图表无法绘制，下面是它的源码。',
} as const;
