import type { HexoSite } from './config';

/** The 版权声明 under an article, as the theme config asks for it. */
export type CopyrightSettings = { enabled: boolean; license?: string; licenseUrl?: string };

const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** NexT's short licence names (`by-nc-sa`) as their deed address and full name. */
function creativeCommons(license: string, language?: string): { license: string; licenseUrl: string } {
  const id = license.toLowerCase();
  if (id === 'zero' || id === 'cc-zero') return { license: 'CC0 1.0', licenseUrl: 'https://creativecommons.org/publicdomain/zero/1.0/' };
  const deed = language ? `deed.${language}` : '';
  return { license: `CC ${id.toUpperCase()} 4.0`, licenseUrl: `https://creativecommons.org/licenses/${id}/4.0/${deed}` };
}

/**
 * Read from the theme config: Butterfly's `post_copyright` (enable, license, license_url), NexT's
 * `creative_commons` (license, post), Fluid's `post.copyright` (enable, license). Off when the
 * theme says nothing; an article's `copyright:` switches it either way.
 */
export function copyrightSettings(site: Pick<HexoSite, 'themeConfig'> | undefined): CopyrightSettings {
  const theme = record(site?.themeConfig);
  const butterfly = record(theme.post_copyright);
  if (Object.keys(butterfly).length) {
    return { enabled: butterfly.enable === true, license: text(butterfly.license), licenseUrl: text(butterfly.license_url) };
  }
  const next = record(theme.creative_commons);
  if (Object.keys(next).length) {
    const license = text(next.license);
    return { enabled: next.post === true, ...(license && creativeCommons(license, text(next.language))) };
  }
  const fluid = record(record(theme.post).copyright);
  if (Object.keys(fluid).length) {
    const license = text(fluid.license);
    return { enabled: fluid.enable === true, ...(license && creativeCommons(license.replace(/^cc-?/i, ''))) };
  }
  return { enabled: false };
}

/** Whether an article shows the notice: its own `copyright:` first, then the site's setting. */
export function showsCopyright(settings: CopyrightSettings, own: boolean | undefined): boolean {
  return own ?? settings.enabled;
}
