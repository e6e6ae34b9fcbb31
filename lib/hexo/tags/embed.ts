import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { bilibiliEmbed, type Embed, embedFor, EMBED_PLAYERS, neteaseEmbed, type NeteaseType, parseWebUrl, vimeoEmbed, youtubeEmbed } from './embed-players';
import { splitTagArgs } from './parse';
import type { TagCall, TagContext, TagFamily, TagHandler } from './types';

/**
 * Video, music and PDF tags: Hexo core's `iframe` (and the `youtube` / `vimeo` it had until Hexo 5,
 * now hexo-tag-embed), the common `bilibili` plugins, NexT's `video` and `pdf`, Butterfly's
 * tag-plugins-plus / Volantis `video`, `videos` and `audio`, Stellar's `video bilibili:…` /
 * `audio netease:…`, hexo-tag-aplayer's `meting`, `aplayer` and `aplayerlist`, hexo-tag-dplayer's
 * `dplayer`.
 *
 * Only the named players of embed-players.ts are ever framed, at an address rebuilt from the id;
 * a video or audio file plays in the browser's own player; a same-site PDF is framed from this
 * site. Anything else becomes a link (http and https only) or its text, and a warning.
 */

/** What a post-relative file (`{% pdf notes.pdf %}` beside the post) is at on this site, when the caller knows the post. */
export type EmbedOptions = { resolveFile?: (path: string) => string | undefined };

const VIDEO_FILE = /\.(?:mp4|m4v|webm|ogv|ogg|mov)$/i;
const AUDIO_FILE = /\.(?:mp3|m4a|aac|oga|ogg|opus|wav|flac|weba)$/i;
const PDF_FILE = /\.pdf$/i;
const FRAME_SANDBOX = 'allow-scripts allow-same-origin allow-presentation allow-popups';

type Target =
  | { kind: 'web'; url: URL; href: string }
  | { kind: 'site'; href: string; path: string }
  | { kind: 'none'; reason: string };

/**
 * Where an address points: an http(s) address (`//…` read as https), a path on this site (`/…`, or
 * a post-relative file the caller resolved), or nowhere (another scheme, a relative path unknown).
 */
function target(raw: string | undefined, options: EmbedOptions): Target {
  const text = (raw ?? '').trim();
  if (text === '') return { kind: 'none', reason: 'no address is given' };
  const web = parseWebUrl(text);
  if (web) return { kind: 'web', url: web, href: web.href };
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) || text.startsWith('//') || text.startsWith('\\')) return { kind: 'none', reason: `${text} is not an http(s) address` };
  const resolved = text.startsWith('/') ? text : options.resolveFile?.(text);
  if (resolved === undefined) return { kind: 'none', reason: `${text} is a relative path, not a file of the site this tag can find (write it from the site's root, /…)` };
  try {
    const base = 'https://site.invalid';
    const url = new URL(resolved, base);
    if (url.origin !== base || !resolved.startsWith('/') || /^\/[/\\]/.test(resolved)) return { kind: 'none', reason: `${text} is not a path on this site` };
    const href = url.pathname + url.search + url.hash;
    return { kind: 'site', href, path: decodeURIComponent(url.pathname) };
  } catch {
    return { kind: 'none', reason: `${text} is not a valid path` };
  }
}

const pathOf = (t: Target) => (t.kind === 'web' ? decodeSafe(t.url.pathname) : t.kind === 'site' ? t.path : '');
function decodeSafe(text: string) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
const fileName = (t: Target) => pathOf(t).split('/').filter(Boolean).at(-1) ?? '';

const warnAt = (call: TagCall, context: TagContext, reason: string) =>
  context.warn(`line ${call.line}: {% ${call.name}${call.args.length ? ` ${call.args.join(' ')}` : ''} %}: ${reason}`);

// ---------------------------------------------------------------- markup

const LINK = ['text-accent-strong', 'underline', 'underline-offset-2', 'hover:no-underline', 'dark:text-orange-300'];
const CAPTION = ['mt-2', 'text-sm', 'leading-6', 'text-stone-600', 'dark:text-stone-400'];

type Layout = {
  /** In a `videos` grid: no margins of its own, the grid's cell is its width. */
  inGrid?: boolean;
  /** Tailwind width class from the author's percentage (`50%`). */
  widthClass?: string;
  /** Width in CSS pixels from the author's `400` / `400px`. */
  widthPx?: number;
  align?: 'left' | 'center' | 'right';
};

const ALIGN_CLASS = { left: 'mr-auto', center: 'mx-auto', right: 'ml-auto' } as const;

function figureClasses(layout: Layout): string[] {
  const classes = ['not-prose'];
  if (!layout.inGrid) classes.push('my-6');
  if (layout.widthClass) classes.push(layout.widthClass);
  if (layout.widthPx) classes.push('max-w-full');
  if (layout.widthClass || layout.widthPx) classes.push(ALIGN_CLASS[layout.align ?? 'center']);
  return classes;
}

/** A plain link, with the host named: for an address no player is allowed to frame. */
function webLink(url: URL, label: string): Element {
  return h('p', [
    h('a', { href: url.href, rel: 'nofollow noopener noreferrer', className: LINK }, label),
    `（${url.hostname}）`,
  ]);
}

function siteLink(href: string, label: string): Element {
  return h('p', [h('a', { href, className: LINK }, label)]);
}

/** The author's text alone, where no link may be made. */
const text = (value: string): ElementContent => ({ type: 'text', value });

/** The link or text left where a tag cannot show its media. */
function fallback(t: Target, label: string, raw: string): ElementContent {
  if (t.kind === 'web') return webLink(t.url, label);
  if (t.kind === 'site') return siteLink(t.href, label);
  return text(raw.trim());
}

/** An allow-listed player in a frame: 16:9 for a video (9:16 for a vertical one), the player's own height for music. */
function playerFrame(embed: Embed, layout: Layout = {}): Element {
  const player = EMBED_PLAYERS[embed.player];
  const frameClass =
    embed.kind === 'audio'
      ? ['block', 'w-full', 'rounded-lg', 'border-0', 'bg-stone-100', 'dark:bg-stone-800', embed.height === 86 ? 'h-[86px]' : 'h-[450px]']
      : embed.vertical
        ? ['block', 'mx-auto', 'aspect-[9/16]', 'w-full', 'max-w-xs', 'h-auto', 'rounded-lg', 'border-0', 'bg-black']
        : ['block', 'aspect-video', 'w-full', 'h-auto', 'rounded-lg', 'border-0', 'bg-black'];
  return h('figure', { className: [...figureClasses(layout), ...(embed.kind === 'audio' && !layout.widthClass ? ['max-w-xl'] : [])] }, [
    h('iframe', {
      src: embed.src,
      title: embed.title,
      className: frameClass,
      ...(layout.widthPx ? { width: layout.widthPx } : {}),
      loading: 'lazy',
      allowFullScreen: true,
      allow: 'encrypted-media; fullscreen; picture-in-picture',
      referrerPolicy: 'strict-origin-when-cross-origin',
      sandbox: FRAME_SANDBOX,
    }),
    h('figcaption', { className: CAPTION }, [
      h('a', { href: embed.href, rel: 'nofollow noopener noreferrer', className: LINK }, /^[A-Za-z]/.test(player.label) ? `在 ${player.label} 打开` : `在${player.label}打开`),
    ]),
  ]);
}

/** A video file in the browser's own player, with a link to the file for a browser that cannot play it. */
function videoFile(href: string, layout: Layout = {}, poster?: string): Element {
  const quickTime = /\.mov$/i.test(href.split(/[?#]/)[0] ?? '');
  return h('figure', { className: figureClasses(layout) }, [
    h(
      'video',
      {
        src: href,
        controls: true,
        preload: 'metadata',
        playsInline: true,
        ...(poster ? { poster } : {}),
        ...(layout.widthPx ? { width: layout.widthPx } : {}),
        className: ['block', 'w-full', 'h-auto', 'rounded-lg', 'bg-black'],
      },
      [h('a', { href }, '下载视频')],
    ),
    // QuickTime files play in Safari and, with common codecs, in Chrome; elsewhere the file is there to download.
    ...(quickTime ? [h('figcaption', { className: CAPTION }, ['无法播放时，可', h('a', { href, className: LINK }, '下载视频（MOV）'), '观看。'])] : []),
  ]);
}

function audioFile(href: string, caption?: string): Element {
  return h('figure', { className: ['not-prose', 'my-6', 'max-w-xl'] }, [
    ...(caption ? [h('figcaption', { className: ['mb-2', 'text-sm', 'font-medium', 'text-stone-800', 'dark:text-stone-200'] }, caption)] : []),
    h('audio', { src: href, controls: true, preload: 'none', className: ['block', 'w-full'] }, [h('a', { href }, '下载音频')]),
  ]);
}

// ---------------------------------------------------------------- arguments

/** `key:value` options of Stellar (`bilibili:BV…`, `width:50%`) and hexo-tag-aplayer (`lrc:…`); a URL is never one. */
function keyed(args: string[], keys: string[]): { options: Record<string, string>; rest: string[] } {
  const options: Record<string, string> = {};
  const rest: string[] = [];
  for (const arg of args) {
    const match = /^([a-z]+)[:=](.*)$/i.exec(arg);
    if (match && keys.includes(match[1]!.toLowerCase()) && !arg.includes('://')) options[match[1]!.toLowerCase()] = match[2]!;
    else rest.push(arg);
  }
  return { options, rest };
}

const WIDTH_CLASSES: [number, string][] = [
  [25, 'w-1/4'],
  [33, 'w-1/3'],
  [50, 'w-1/2'],
  [67, 'w-2/3'],
  [75, 'w-3/4'],
  [100, 'w-full'],
];

/** An author's size (`50%`, `400px`, `400`) as a layout; undefined if it is not a size. */
function sizeLayout(text: string): Pick<Layout, 'widthClass' | 'widthPx'> | undefined {
  const percent = /^(\d{1,3}(?:\.\d+)?)%$/.exec(text);
  if (percent) {
    const value = Math.min(100, Math.max(1, Number(percent[1])));
    const nearest = WIDTH_CLASSES.reduce((best, item) => (Math.abs(item[0] - value) < Math.abs(best[0] - value) ? item : best));
    return nearest[0] === 100 ? {} : { widthClass: nearest[1] };
  }
  const pixels = /^(\d{2,4})(?:px)?$/.exec(text);
  if (pixels) return { widthPx: Math.min(2000, Number(pixels[1])) };
  return undefined;
}

const isLayoutWord = (word: string) => sizeLayout(word) !== undefined || word === 'left' || word === 'center' || word === 'right';

/**
 * A media tag's arguments: the address first, then an optional size and alignment, separated by
 * spaces or commas (`url, 50%, center`), a NexT poster image, Stellar `key:value` options.
 */
function mediaArgs(args: string[]) {
  const { options, rest } = keyed(args, ['bilibili', 'youtube', 'ratio', 'width', 'autoplay', 'type', 'poster', 'netease', 'align']);
  // The address is the first word, up to a comma that starts the size and alignment (`url,50%,center`);
  // a comma inside an address (`w_300,h_200`) stays in it.
  const [first = '', ...words] = rest.join(' ').split(/\s+/).filter(Boolean);
  const pieces = first.split(',');
  const optionAt = pieces.findIndex((_, i) => i > 0 && pieces.slice(i).every((piece) => piece === '' || isLayoutWord(piece)));
  const url = (optionAt < 0 ? pieces : pieces.slice(0, optionAt)).join(',') || undefined;
  const parts = [...(optionAt < 0 ? [] : pieces.slice(optionAt)), ...words.flatMap((word) => word.split(','))].filter(Boolean);
  const layout: Layout = {};
  let poster = options.poster;
  const ignored: string[] = [];
  for (const part of parts) {
    const size = sizeLayout(part);
    if (size) Object.assign(layout, size);
    else if (part === 'left' || part === 'center' || part === 'right') layout.align = part;
    else if (!poster && /\.(?:jpe?g|png|webp|avif|gif)(?:[?#].*)?$/i.test(part)) poster = part;
    else ignored.push(part);
  }
  if (options.width) Object.assign(layout, sizeLayout(options.width) ?? {});
  if (options.align === 'left' || options.align === 'center' || options.align === 'right') layout.align = options.align;
  return { url, options, layout, poster, ignored };
}

// ---------------------------------------------------------------- handlers

export function embedTagsWith(options: EmbedOptions = {}): TagFamily {
  /** A URL that must be a player: the frame, else a link and a warning. */
  const framed = (call: TagCall, context: TagContext, raw: string | undefined, layout: Layout = {}): ElementContent => {
    const embed = raw ? embedFor(raw) : undefined;
    if (embed) return playerFrame(embed, layout);
    const t = target(raw, options);
    if (t.kind === 'none') warnAt(call, context, `${t.reason}; its text is kept`);
    else if (t.kind === 'web') warnAt(call, context, `${t.url.hostname} is not one of the players a page may frame; shown as a link`);
    else warnAt(call, context, `${t.href} is a page of this site, which is not framed; shown as a link`);
    return fallback(t, '打开嵌入的页面', raw ?? '');
  };

  /** A video: a player, a video file, else a link. */
  const video = (call: TagCall, context: TagContext, layout?: Layout): ElementContent => {
    const parsed = mediaArgs(call.args);
    const at = { ...parsed.layout, ...layout };
    if (parsed.options.bilibili !== undefined || parsed.options.youtube !== undefined) {
      const embed = parsed.options.bilibili !== undefined ? bilibiliEmbed(parsed.options.bilibili) : youtubeEmbed(parsed.options.youtube!);
      if (embed) return playerFrame(embed, at);
      warnAt(call, context, `${parsed.options.bilibili ?? parsed.options.youtube} is not a video id; its text is kept`);
      return text(parsed.options.bilibili ?? parsed.options.youtube ?? '');
    }
    if (parsed.ignored.length) warnAt(call, context, `arguments not understood and left out: ${parsed.ignored.join(' ')}`);
    const embed = parsed.url ? embedFor(parsed.url) : undefined;
    if (embed) return playerFrame(embed, at);
    const t = target(parsed.url, options);
    if (t.kind !== 'none' && VIDEO_FILE.test(pathOf(t))) {
      const poster = parsed.poster ? target(parsed.poster, options) : undefined;
      return videoFile(t.href, at, poster && poster.kind !== 'none' ? poster.href : undefined);
    }
    if (t.kind === 'none') warnAt(call, context, `${t.reason}; its text is kept`);
    else if (/\.m3u8$/i.test(pathOf(t))) warnAt(call, context, 'an HLS stream (.m3u8) needs a script player, which the site does not run; shown as a link');
    else warnAt(call, context, `${t.kind === 'web' ? t.url.hostname : 'this site'} is not one of the players a page may frame, nor is the address a video file; shown as a link`);
    return fallback(t, '观看视频', parsed.url ?? '');
  };

  /** A song or recording: NetEase's player, an audio file, else a link. */
  const audio = (call: TagCall, context: TagContext, raw: string | undefined, caption?: string): ElementContent => {
    const embed = raw ? embedFor(raw) : undefined;
    if (embed?.kind === 'audio') return playerFrame(embed);
    const t = target(raw, options);
    if (t.kind !== 'none' && AUDIO_FILE.test(pathOf(t))) return audioFile(t.href, caption);
    if (t.kind === 'none') warnAt(call, context, `${t.reason}; its text is kept`);
    else warnAt(call, context, `${t.kind === 'web' ? t.url.hostname : 'this site'} is not one of the music players a page may frame, nor is the address an audio file; shown as a link`);
    return fallback(t, caption ? `收听：${caption}` : '收听音频', raw ?? '');
  };

  const iframe: TagHandler = (call, context) => {
    const [url, width] = call.args;
    return framed(call, context, url, width && width !== 'default' ? (sizeLayout(width) ?? {}) : {});
  };

  const youtube: TagHandler = (call, context) => {
    const [id = '', type] = call.args;
    const embed = parseWebUrl(id) ? embedFor(id) : youtubeEmbed(id, { playlist: type === 'playlist' });
    if (embed?.player === 'youtube') return playerFrame(embed);
    warnAt(call, context, id ? `${id} is neither a YouTube video id nor a YouTube address; its text is kept` : 'no video id is given');
    return text(id);
  };

  const vimeo: TagHandler = (call, context) => {
    const [id = ''] = call.args;
    const embed = parseWebUrl(id) ? embedFor(id) : vimeoEmbed(id);
    if (embed?.player === 'vimeo') return playerFrame(embed);
    warnAt(call, context, id ? `${id} is neither a Vimeo video id nor a Vimeo address; its text is kept` : 'no video id is given');
    return text(id);
  };

  const bilibili: TagHandler = (call, context) => {
    const [id = '', page] = call.args;
    const embed = parseWebUrl(id) ? embedFor(id) : bilibiliEmbed(id, page);
    if (embed?.player === 'bilibili') {
      // A page given after a URL wins over the URL's own.
      const video = parseWebUrl(id) && page ? /\/video\/(BV\w+|av\d+)\//.exec(embed.href)?.[1] : undefined;
      return playerFrame((video && bilibiliEmbed(video, page)) || embed);
    }
    warnAt(call, context, id ? `${id} is neither a Bilibili BV id, an av number nor a Bilibili address; its text is kept` : 'no video id is given');
    return text(id);
  };

  const videoTag: TagHandler = (call, context) => video(call, context);

  /** `{% videos [class],[col] %}…{% endvideos %}` (Butterfly plus, Volantis `::` too): the videos in a grid. */
  const videos: TagHandler = (call, context) => {
    if (call.body === undefined) return undefined;
    const [cls = '', col = ''] = call.args.join(' ').split(/::|,/).map((part) => part.trim());
    const columns = Number(col) || 1;
    const grid = ['not-prose', 'my-6', 'grid', 'gap-3', 'items-end'];
    if (columns === 2) grid.push('sm:grid-cols-2');
    else if (columns === 3) grid.push('sm:grid-cols-3');
    else if (columns >= 4) grid.push('grid-cols-2', 'sm:grid-cols-4');
    if (cls.split(/\s+/).includes('stretch')) grid.push('items-stretch');
    if (cls.split(/\s+/).includes('center')) grid.push('justify-items-center');
    if (cls.split(/\s+/).includes('right')) grid.push('justify-items-end');
    const inner = /\{%-?\s*video\s+((?:[^%]|%(?! ?\}))*?)-?% ?\}/g;
    const leftover = call.body.replace(inner, '').trim();
    if (leftover === '') {
      const items = [...call.body.matchAll(inner)].map((match) =>
        video({ name: 'video', args: splitTagArgs(match[1]!.trim()), line: call.line + (call.body!.slice(0, match.index).match(/\n/g)?.length ?? 0) }, context, { inGrid: true }),
      );
      return h('div', { className: grid }, items);
    }
    return h('div', { className: grid }, context.markdown(call.body));
  };

  const audioTag: TagHandler = (call, context) => {
    const { options: opts, rest } = keyed(call.args, ['netease', 'type', 'autoplay']);
    if (opts.netease !== undefined) {
      // Stellar: type is the outchain player's number (2 a song, 0 a playlist, 1 an album).
      const type = ({ '0': 'playlist', '1': 'album', '2': 'song' } as Record<string, NeteaseType>)[opts.type ?? '2'] ?? 'song';
      const embed = neteaseEmbed(type, opts.netease);
      if (embed) return playerFrame(embed);
      warnAt(call, context, `${opts.netease} is not a NetEase Cloud Music id; its text is kept`);
      return text(opts.netease);
    }
    return audio(call, context, rest.join(' ').split(/\s*,\s*/)[0]);
  };

  /** hexo-tag-aplayer / MetingJS: `{% meting "id" "server" "type" [options…] %}`. */
  const meting: TagHandler = (call, context) => {
    const [id = '', server = '', type = ''] = call.args;
    if (server === 'netease') {
      const embed = type === 'song' || type === 'playlist' || type === 'album' ? neteaseEmbed(type, id) : undefined;
      if (embed) return playerFrame(embed);
    }
    const page = musicPage(server, type, id);
    if (page) {
      if (server === 'netease') warnAt(call, context, `the NetEase player shows songs, playlists and albums, not "${type}"; shown as a link`);
      return webLink(new URL(page.href), `在${page.label}收听`);
    }
    warnAt(call, context, `a ${server || 'missing'} music server's ${type || 'item'} ${id} has no page the site knows; its text is kept`);
    return text([server, type, id].filter(Boolean).join(' '));
  };

  /** hexo-tag-aplayer: `{% aplayer title author url [picture] [narrow] [autoplay] [width:…] [lrc:…] %}`. */
  const aplayer: TagHandler = (call, context) => {
    const [title = '', author = '', url] = call.args;
    const caption = [title, author].filter(Boolean).join(' — ');
    return audio(call, context, url, caption || undefined);
  };

  /** hexo-tag-aplayer: `{% aplayerlist %}{"music": [{"title", "author", "url"}, …]}{% endaplayerlist %}`. */
  const aplayerlist: TagHandler = (call, context) => {
    if (call.body === undefined) return undefined;
    let list: unknown;
    try {
      list = (JSON.parse(call.body) as { music?: unknown }).music;
    } catch {
      list = undefined;
    }
    const songs = Array.isArray(list) ? list.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null) : [];
    if (songs.length === 0) {
      warnAt(call, context, 'its body is not hexo-tag-aplayer JSON with a "music" list; it is left out');
      return [];
    }
    const text = (value: unknown) => (typeof value === 'string' ? value : '');
    return songs.map((song) => {
      const caption = [text(song.title) || text(song.name), text(song.author) || text(song.artist)].filter(Boolean).join(' — ');
      return audio(call, context, text(song.url), caption || undefined);
    });
  };

  /** hexo-tag-dplayer: `{% dplayer "url=…" "pic=…" … %}`: its video. */
  const dplayer: TagHandler = (call, context) => {
    const values = Object.fromEntries(call.args.map((arg) => /^([\w-]+)=(.*)$/.exec(arg)).filter((m): m is RegExpExecArray => m !== null).map((m) => [m[1]!, m[2]!]));
    return video({ ...call, args: [values.url ?? '', ...(values.pic ? [`poster:${values.pic}`] : [])] }, context);
  };

  /** NexT / Butterfly / hexo-pdf: `{% pdf url [height] %}`: a link card to the PDF, never a frame. */
  const pdf: TagHandler = (call, context) => {
    const [url, height] = call.args;
    const t = target(url, options);
    if (t.kind === 'none') {
      warnAt(call, context, `${t.reason}; its text is kept`);
      return text(url ?? '');
    }
    const name = fileName(t) || 'PDF';
    // Every response of the site refuses to be framed (X-Frame-Options: DENY, frame-ancestors 'none'),
    // its own files included, so a PDF is a card that opens it rather than an embedded viewer.
    if (height && !/^\d{3,4}(?:px)?$/.test(height)) warnAt(call, context, `height ${height} is not in pixels; it is ignored`);
    if (t.kind === 'site' && PDF_FILE.test(t.path)) return pdfCard(t.href, name, undefined);
    if (t.kind === 'site') warnAt(call, context, `${t.path} is not a PDF file; shown as a link`);
    return pdfCard(t.href, name, t.kind === 'web' ? t.url.hostname : undefined);
  };

  return {
    iframe,
    youtube,
    vimeo,
    bilibili,
    video: videoTag,
    videos,
    audio: audioTag,
    meting,
    aplayer,
    aplayerlist,
    dplayer,
    pdf,
  };
}

/** A PDF: never framed, a card linking to it. */
function pdfCard(href: string, name: string, host: string | undefined): Element {
  return h('p', { className: ['not-prose', 'my-6'] }, [
    h(
      'a',
      {
        href,
        ...(host ? { rel: 'nofollow noopener noreferrer' } : {}),
        className: [
          'flex',
          'items-center',
          'gap-3',
          'rounded-lg',
          'border',
          'border-stone-300',
          'bg-white',
          'px-4',
          'py-3',
          'no-underline',
          'hover:border-stone-400',
          'dark:border-stone-700',
          'dark:bg-stone-900',
          'dark:hover:border-stone-500',
        ],
      },
      [
        h('span', { className: ['shrink-0', 'rounded', 'bg-red-700', 'px-1.5', 'py-0.5', 'text-xs', 'font-bold', 'text-white'], 'aria-hidden': 'true' }, 'PDF'),
        h('span', { className: ['min-w-0', 'flex-1'] }, [
          h('span', { className: ['block', 'truncate', 'font-medium', 'text-stone-900', 'dark:text-stone-100'] }, name),
          h('span', { className: ['block', 'text-sm', 'text-stone-600', 'dark:text-stone-400'] }, host ? `打开 PDF · ${host}` : '打开 PDF'),
        ]),
      ],
    ),
  ]);
}

/** A music server's page for an id, for MetingJS servers other than the NetEase player's. */
function musicPage(server: string, type: string, id: string): { href: string; label: string } | undefined {
  if (server === 'netease' && /^\d{1,15}$/.test(id)) {
    if (['song', 'playlist', 'album', 'artist'].includes(type)) return { href: `https://music.163.com/#/${type}?id=${id}`, label: '网易云音乐' };
    return undefined;
  }
  if (server === 'tencent' && /^[A-Za-z0-9]{1,24}$/.test(id)) {
    const path = { song: 'songDetail', playlist: 'playlist', album: 'albumDetail', artist: 'singer' }[type];
    return path ? { href: `https://y.qq.com/n/ryqq/${path}/${id}`, label: 'QQ 音乐' } : undefined;
  }
  if (server === 'kugou' && type === 'song' && /^[A-Fa-f0-9]{32}$/.test(id)) return { href: `https://www.kugou.com/song/#hash=${id}`, label: '酷狗音乐' };
  return undefined;
}

/** The embed tags for a post whose own files are not known: a relative path is left as text. */
export const embedTags: TagFamily = embedTagsWith();

