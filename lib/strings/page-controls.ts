/** The header's theme switch (components/theme-toggle.tsx). */
export const themeText = { label: '主题', light: '浅色', dark: '深色', system: '跟随系统' } as const;

/** The header's switch to Traditional characters (components/chinese-script-switch.tsx). */
export const chineseScriptText = { label: '繁体字', short: '繁', hint: '以繁体字显示' } as const;

/** Any page's own controls, in the browser. */
export const pageText = { backToTop: '回到顶部' } as const;
