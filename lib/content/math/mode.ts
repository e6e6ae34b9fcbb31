import type { HexoSite } from '../../hexo/config';
import type { MathMode } from '../markdown';

/**
 * Whether a post's `$…$` is math, decided as the blog itself decided it:
 *
 *  1. the post's own front matter: `math`, `mathjax` or `katex` true → 'on'; set, but none true → 'off';
 *  2. else the theme or the site's plugin (3) putting math on every page → 'on'; either one loading
 *     it on flagged posts only → 'off'. The themes:
 *     - Butterfly `mathjax.enable` / `katex.enable`, with `per_page` true → every page ('on'), false →
 *       only posts flagged `mathjax: true` / `katex: true` (flagged posts were caught by 1, so 'off');
 *     - NexT `math.mathjax.enable` / `math.katex.enable`, with `math.every_page` the same way;
 *     - Fluid `post.math.enable`, with `specific: true` meaning flagged posts only;
 *  3. the site's own math plugin in `_config.yml` (HexoSite.mathConfig, or the renderer's plugins):
 *     - hexo-filter-mathjax (`mathjax:`): `every_page: true` → 'on', else flagged posts only → 'off';
 *     - hexo-math 3 (`math.engine`), hexo-katex (`katex:`), a markdown-it math plugin
 *       (`markdown.plugins`, `markdown_it_plus.plugins`): every page → 'on';
 *     - hexo-math 4 (`math:` without `engine`) and hexo-static-math only render `{% math %}`-style
 *       tags (lib/hexo/tags/math.ts, always math), so they say nothing about `$`;
 *  4. a theme that has math settings, all disabled, and no plugin: the blog showed `$` as text → 'off';
 *  5. nothing said by the post, the theme or the plugins → 'detect' (lib/content/math/syntax.ts judges each `$…$` by its text).
 *
 * A theme's disabled math does not outrank a plugin: hexo-filter-mathjax asks for exactly that
 * (theme math off, the plugin renders on the server).
 */
type Settings = Record<string, unknown>;
type Setting = 'every' | 'flagged' | 'none';

const record = (value: unknown): Settings | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Settings) : undefined);
/** YAML booleans as Hexo's configs write them; anything else is "not said". */
const on = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : value === 'true' ? true : value === 'false' ? false : undefined);

/** The post's own `math`, `mathjax` or `katex`; undefined when it sets none. */
function postFlag(frontMatter: Settings): boolean | undefined {
  const flags = ['math', 'mathjax', 'katex'].map((key) => on(frontMatter[key])).filter((flag) => flag !== undefined);
  if (flags.includes(true)) return true;
  return flags.length ? false : undefined;
}

/** Butterfly (and themes copying it): top-level `mathjax:` / `katex:` with `enable` and `per_page`. */
function butterfly(config: Settings): Setting | undefined {
  const engines = [record(config.mathjax), record(config.katex)].filter((engine): engine is Settings => engine !== undefined && 'enable' in engine);
  if (engines.length === 0) return undefined;
  const enabled = engines.filter((engine) => on(engine.enable) === true);
  if (enabled.length === 0) return 'none';
  return enabled.some((engine) => on(engine.per_page) === true) ? 'every' : 'flagged';
}

/** NexT: `math.every_page` with `math.mathjax.enable` / `math.katex.enable`. */
function next(config: Settings): Setting | undefined {
  const math = record(config.math);
  const engines = [record(math?.mathjax), record(math?.katex)].filter((engine): engine is Settings => engine !== undefined && 'enable' in engine);
  if (!math || engines.length === 0) return undefined;
  if (!engines.some((engine) => on(engine.enable) === true)) return 'none';
  return on(math.every_page) === true ? 'every' : 'flagged';
}

/** Fluid: `post.math.enable`, with `specific: true` for flagged posts only. */
function fluid(config: Settings): Setting | undefined {
  const math = record(record(config.post)?.math);
  if (!math || !('enable' in math)) return undefined;
  if (on(math.enable) !== true) return 'none';
  return on(math.specific) === true ? 'flagged' : 'every';
}

function themeSetting(config: Settings): Setting | undefined {
  return butterfly(config) ?? next(config) ?? fluid(config);
}

/** A markdown-it plugin list (`plugins:` of hexo-renderer-markdown-it or -plus) naming a math plugin. */
function markdownItMath(settings: unknown): boolean {
  const plugins = record(settings)?.plugins;
  if (!Array.isArray(plugins)) return false;
  return plugins.some((plugin) => {
    const name = typeof plugin === 'string' ? plugin : record(plugin)?.name;
    const enabled = typeof plugin === 'string' || on(record(plugin)?.enable) !== false;
    return typeof name === 'string' && enabled && /katex|mathjax|texmath|markdown-it-math/i.test(name);
  });
}

/** The site's own plugins' settings, as `_config.yml` has them. */
function pluginSetting(mathConfig: Settings, markdown: unknown, extra: Settings): Exclude<Setting, 'none'> | undefined {
  const mathjax = record(mathConfig.mathjax);
  // hexo-filter-mathjax: flagged posts unless `every_page`.
  if (mathjax) return on(mathjax.every_page) === true ? 'every' : 'flagged';
  // hexo-math 3 (`engine: mathjax|katex`) put its script on every page; hexo-math 4 has no `engine` and renders tags only.
  if (typeof record(mathConfig.math)?.engine === 'string') return 'every';
  if (record(mathConfig.katex)) return 'every';
  if (markdownItMath(markdown) || markdownItMath(extra.markdown_it_plus)) return 'every';
  return undefined;
}

export type MathModeInput = {
  site?: Pick<HexoSite, 'themeConfig' | 'mathConfig'> & Partial<Pick<HexoSite, 'markdown'>>;
  frontMatter: Record<string, unknown>;
  /**
   * Raw `_config.yml` keys HexoSite does not keep yet: `markdown_it_plus` (hexo-renderer-markdown-it-plus).
   * Only needed until HexoSite carries it.
   */
  siteConfig?: Record<string, unknown>;
};

export function mathMode({ site, frontMatter, siteConfig = {} }: MathModeInput): MathMode {
  const flag = postFlag(frontMatter);
  if (flag !== undefined) return flag ? 'on' : 'off';
  const theme = site ? themeSetting(site.themeConfig) : undefined;
  const plugin = pluginSetting(site?.mathConfig ?? {}, site?.markdown, siteConfig);
  // Either one putting math on every page is enough; otherwise an unflagged post had none.
  if (theme === 'every' || plugin === 'every') return 'on';
  return theme === undefined && plugin === undefined ? 'detect' : 'off';
}
