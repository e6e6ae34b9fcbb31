import type { HexoSite } from '../hexo/config';

/**
 * How a body's Markdown reads, beyond CommonMark: what a Hexo site's renderer settings say, or the
 * site's own defaults for hand-written content.
 */
export type RenderSettings = {
  /** A single line break is a <br> (hexo-renderer-marked's `breaks`, on by default). */
  breaks: boolean;
  /** Straight quotes and dashes become typographic ones (`smartypants` / markdown-it's `typographer`). */
  smartypants: boolean;
  /** Heading ids as Hexo's renderer makes them, so a blog's old `#anchors` keep working. */
  hexoHeadingIds: boolean;
  /** `modifyAnchors`: 0 keeps case, 1 lower-cases, 2 upper-cases heading ids. */
  anchorCase: 0 | 1 | 2;
  /** Fenced code gets line numbers (the site's highlighter setting). */
  codeLineNumbers: boolean;
  /** A fence's words after the language are Hexo's codeblock arguments (a caption, marked lines). */
  fenceArguments: boolean;
};

export const SITE_RENDER_SETTINGS: RenderSettings = { breaks: false, smartypants: false, hexoHeadingIds: false, anchorCase: 0, codeLineNumbers: false, fenceArguments: false };

const setting = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);
const nested = (value: unknown, key: string): unknown => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined);

/** A Hexo site's settings: `marked:` (hexo-renderer-marked), else markdown-it's `markdown.render`, else the renderers' defaults. */
export function hexoRenderSettings(site: Pick<HexoSite, 'marked' | 'markdown' | 'codeLineNumbers'>): RenderSettings {
  const { marked, markdown } = site;
  const anchors = marked.modifyAnchors;
  return {
    breaks: setting(marked.breaks) ?? setting(nested(markdown.render, 'breaks')) ?? true,
    smartypants: setting(marked.smartypants) ?? setting(nested(markdown.render, 'typographer')) ?? true,
    hexoHeadingIds: true,
    anchorCase: anchors === 1 || anchors === 2 ? anchors : 0,
    codeLineNumbers: site.codeLineNumbers,
    fenceArguments: true,
  };
}
