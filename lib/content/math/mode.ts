import type { HexoSite } from '../../hexo/config';
import type { MathMode } from '../markdown';

/**
 * Whether a post's `$…$` is math, as the blog itself decided: the post's own flag, else its theme's
 * math setting, else its own math plugin's; a blog that says nothing is judged from the text
 * ('detect', lib/content/math/syntax.ts). A theme that loads math only on flagged posts leaves an
 * unflagged post's dollars as dollars, as the blog showed them.
 */
type Settings = Record<string, unknown>;

const record = (value: unknown): Settings | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Settings) : undefined);
const on = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : value === 'true' ? true : value === 'false' ? false : undefined);

/** The post's own `math`, `mathjax` or `katex`; undefined when it sets none. */
function postFlag(frontMatter: Settings): boolean | undefined {
  const flags = ['math', 'mathjax', 'katex'].map((key) => on(frontMatter[key])).filter((flag) => flag !== undefined);
  if (flags.includes(true)) return true;
  return flags.length ? false : undefined;
}

/** The theme's setting: every page, flagged pages only, or none; undefined when it has none. */
function themeSetting(theme: string | undefined, config: Settings): 'every' | 'flagged' | 'none' | undefined {
  const name = theme?.toLowerCase() ?? '';
  if (name.includes('butterfly') || record(config.mathjax) || record(config.katex)) {
    const engines = [record(config.mathjax), record(config.katex)].filter((engine): engine is Settings => engine !== undefined);
    if (engines.length === 0) return undefined;
    const enabled = engines.filter((engine) => on(engine.enable) === true);
    if (enabled.length === 0) return 'none';
    return enabled.some((engine) => on(engine.per_page) === true) ? 'every' : 'flagged';
  }
  const math = record(config.math);
  if (math) {
    // NexT: `math.every_page` with `math.mathjax.enable` / `math.katex.enable`.
    const engines = [record(math.mathjax), record(math.katex)].filter((engine): engine is Settings => engine !== undefined);
    if (engines.length) {
      if (!engines.some((engine) => on(engine.enable) === true)) return 'none';
      return on(math.every_page) === true ? 'every' : 'flagged';
    }
  }
  // Fluid: `post.math.enable`, with `specific: true` for flagged posts only.
  const fluid = record(record(config.post)?.math);
  if (fluid) {
    if (on(fluid.enable) !== true) return 'none';
    return on(fluid.specific) === true ? 'flagged' : 'every';
  }
  return undefined;
}

/** The site's own math plugin: hexo-math (`math:`), hexo-filter-mathjax (`mathjax:`), hexo-katex (`katex:`). */
function pluginSetting(config: Settings): 'every' | 'flagged' | undefined {
  const mathjax = record(config.mathjax);
  if (mathjax) return on(mathjax.every_page) === true ? 'every' : 'flagged';
  if (record(config.math) || record(config.katex)) return 'every';
  return undefined;
}

export function mathMode({ site, frontMatter }: { site?: Pick<HexoSite, 'theme' | 'themeConfig' | 'mathConfig'>; frontMatter: Settings }): MathMode {
  const flag = postFlag(frontMatter);
  if (flag !== undefined) return flag ? 'on' : 'off';
  const setting = (site && themeSetting(site.theme, site.themeConfig)) ?? (site && pluginSetting(site.mathConfig));
  if (setting === undefined) return 'detect';
  return setting === 'every' ? 'on' : 'off';
}
