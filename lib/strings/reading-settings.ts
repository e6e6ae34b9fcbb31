/** The reading settings panel (components/reading-settings.tsx). */
export const readingSettingsText = {
  button: '阅读设置',
  size: '字号',
  sizes: { sm: '小', md: '标准', lg: '大', xl: '特大', '2xl': '超大' },
  spacing: '行距',
  spacings: { normal: '标准', loose: '宽松' },
  reset: '恢复默认',
} as const;
