/** The error boundary (app/error.tsx). */
export const errorText = {
  title: '页面出错了',
  body: '加载这个页面时出了问题。请稍后再试。',
  retry: '重试',
} as const;
