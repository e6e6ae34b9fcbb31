/** The sign-in error page (/login/error), rendered on the server. */
export const signInErrorText = {
  title: '登录没有完成',
  retry: '重新登录',
  home: '回到首页',
  // next-auth's error codes (?error=…), in words a reader understands.
  reasons: {
    OAuthSignin: '无法连接登录服务，请稍后再试。',
    OAuthCallback: '登录服务没有确认你的身份：可能是你取消了登录，或者登录已过期。',
    OAuthCreateAccount: '无法创建账户，请稍后再试。',
    OAuthAccountNotLinked: '这个身份已经和另一个账户关联。',
    Callback: '登录没有完成：你可能取消了登录，或者登录服务返回了错误。请重新登录。',
    AccessDenied: '你取消了登录，或者没有访问权限。',
    Configuration: '站点的登录设置有误，请联系站长。',
    Verification: '登录链接已失效，请重新登录。',
    Default: '登录时出了问题，请重新登录。',
  },
} as const;
