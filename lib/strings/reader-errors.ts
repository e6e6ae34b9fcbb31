/** What the reader's endpoints answer when they refuse a request. */
export const readerErrorText = {
  unauthorized: '请先登录。',
  forbidden: '这个请求不是从本站发出的。',
  tooLarge: '请求内容太大。',
  unsupportedType: '请求内容必须是 JSON（Content-Type: application/json）。',
  invalid: '请求内容不正确。',
  unknownArticle: '找不到这篇文章。',
  rateLimited: '操作太频繁了，请过一会儿再试。',
  unavailable: '暂时不可用，请稍后再试。',
  methodNotAllowed: (methods: string) => `这个地址只接受 ${methods} 请求。`,
  loginOff: '本站没有开启登录。',
} as const;
