/**
 * The video and music players an article may frame: a named allow-list. A post's address for a
 * video (a watch page, a share link, a player's own address) is read strictly — host from a fixed
 * list, id by the characters ids have — and the player's address is rebuilt from the id alone, so
 * nothing the author wrote beyond the id ever reaches a frame. EMBED_FRAME_SOURCES, the origins the
 * rebuilt addresses use, is what the Content-Security-Policy's frame-src allows (next.config.js).
 */

export type EmbedPlayerName = 'youtube' | 'bilibili' | 'vimeo' | 'netease' | 'tencent';

type PlayerInfo = {
  /** The player's origin: every address built for it starts with it. */
  origin: string;
  /** Its name as readers know it, in Chinese where it has one. */
  label: string;
  /** The frame's accessible title. */
  title: string;
  kind: 'video' | 'audio';
};

export const EMBED_PLAYERS: Record<EmbedPlayerName, PlayerInfo> = {
  youtube: { origin: 'https://www.youtube-nocookie.com', label: 'YouTube', title: 'YouTube 视频播放器', kind: 'video' },
  bilibili: { origin: 'https://player.bilibili.com', label: '哔哩哔哩', title: '哔哩哔哩视频播放器', kind: 'video' },
  vimeo: { origin: 'https://player.vimeo.com', label: 'Vimeo', title: 'Vimeo 视频播放器', kind: 'video' },
  netease: { origin: 'https://music.163.com', label: '网易云音乐', title: '网易云音乐播放器', kind: 'audio' },
  tencent: { origin: 'https://v.qq.com', label: '腾讯视频', title: '腾讯视频播放器', kind: 'video' },
};

/** Exactly the origins the players' frames are loaded from: the CSP's frame-src (besides 'self'). */
export const EMBED_FRAME_SOURCES: string[] = [...new Set(Object.values(EMBED_PLAYERS).map((player) => player.origin))];

export type Embed = {
  player: EmbedPlayerName;
  /** The player's https address, rebuilt from the parsed id. */
  src: string;
  /** The frame's title, in Chinese, naming the player. */
  title: string;
  /** The canonical page of the video or music on its own site, rebuilt from the id: for a link beside the frame. */
  href: string;
  kind: 'video' | 'audio';
  /** A music player's height in CSS pixels (it is not 16:9); undefined for a video. */
  height?: number;
  /** A vertical (9:16) video, such as a YouTube Short. */
  vertical?: boolean;
};

// Ids, by the characters each site's ids are made of.
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const YOUTUBE_LIST = /^[A-Za-z0-9_-]{12,64}$/;
const BVID = /^BV[1-9A-HJ-NP-Za-km-z]{10}$/;
const AID = /^[1-9]\d{0,18}$/;
const VIMEO_ID = /^[1-9]\d{0,11}$/;
const VIMEO_HASH = /^[0-9a-f]{6,20}$/;
const NETEASE_ID = /^[1-9]\d{0,14}$/;
const TENCENT_VID = /^[a-z0-9]{11}$/;
const PAGE = /^[1-9]\d{0,3}$/;

const YOUTUBE_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'music.youtube.com', 'youtube-nocookie.com', 'www.youtube-nocookie.com']);
const BILIBILI_HOSTS = new Set(['bilibili.com', 'www.bilibili.com', 'm.bilibili.com', 'player.bilibili.com']);
const VIMEO_HOSTS = new Set(['vimeo.com', 'www.vimeo.com', 'player.vimeo.com']);
const NETEASE_HOSTS = new Set(['music.163.com', 'y.music.163.com']);
const TENCENT_HOSTS = new Set(['v.qq.com', 'm.v.qq.com']);

/** A YouTube start time (`t=90`, `t=1m30s`, `start=90`) in seconds. */
function youtubeStart(value: string | null): number | undefined {
  if (!value) return undefined;
  const match = /^(?:(\d{1,2})h)?(?:(\d{1,4})m)?(?:(\d{1,6})s?)?$/.exec(value);
  if (!match || value === '') return undefined;
  const seconds = Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
  return seconds > 0 ? seconds : undefined;
}

/** The YouTube player for a video id (or, with `playlist`, a playlist id); undefined for an id of the wrong shape. */
export function youtubeEmbed(id: string, options: { playlist?: boolean; start?: number; vertical?: boolean } = {}): Embed | undefined {
  const base = { player: 'youtube' as const, title: EMBED_PLAYERS.youtube.title, kind: 'video' as const };
  if (options.playlist) {
    if (!YOUTUBE_LIST.test(id)) return undefined;
    return { ...base, src: `${EMBED_PLAYERS.youtube.origin}/embed/videoseries?list=${id}`, href: `https://www.youtube.com/playlist?list=${id}` };
  }
  if (!YOUTUBE_ID.test(id)) return undefined;
  const start = options.start && Number.isSafeInteger(options.start) && options.start > 0 ? options.start : undefined;
  return {
    ...base,
    src: `${EMBED_PLAYERS.youtube.origin}/embed/${id}${start ? `?start=${start}` : ''}`,
    href: `https://www.youtube.com/watch?v=${id}${start ? `&t=${start}s` : ''}`,
    ...(options.vertical ? { vertical: true } : {}),
  };
}

/** The Bilibili player for a BV id or an av number (`av170001` or `170001`), at a page (part) of the video. */
export function bilibiliEmbed(id: string, page: string | number = 1): Embed | undefined {
  const part = PAGE.test(String(page)) ? Number(page) : 1;
  const aid = id.replace(/^av/i, '');
  const key = BVID.test(id) ? `bvid=${id}` : AID.test(aid) ? `aid=${aid}` : undefined;
  if (!key) return undefined;
  const pageHref = `https://www.bilibili.com/video/${BVID.test(id) ? id : `av${aid}`}/${part > 1 ? `?p=${part}` : ''}`;
  return {
    player: 'bilibili',
    src: `${EMBED_PLAYERS.bilibili.origin}/player.html?${key}&page=${part}&autoplay=0`,
    title: EMBED_PLAYERS.bilibili.title,
    href: pageHref,
    kind: 'video',
  };
}

export function vimeoEmbed(id: string, hash?: string): Embed | undefined {
  if (!VIMEO_ID.test(id)) return undefined;
  const h = hash && VIMEO_HASH.test(hash) ? hash : undefined;
  return {
    player: 'vimeo',
    src: `${EMBED_PLAYERS.vimeo.origin}/video/${id}${h ? `?h=${h}` : ''}`,
    title: EMBED_PLAYERS.vimeo.title,
    href: `https://vimeo.com/${id}${h ? `/${h}` : ''}`,
    kind: 'video',
  };
}

export type NeteaseType = 'song' | 'playlist' | 'album';
/** The outchain player's `type`: 0 a playlist, 1 an album, 2 a song. */
const NETEASE_TYPES: Record<NeteaseType, number> = { playlist: 0, album: 1, song: 2 };
/** The player's own height (its `height` parameter) and the frame's, as music.163.com's share dialog gives them. */
const NETEASE_HEIGHTS: Record<NeteaseType, [player: number, frame: number]> = { song: [66, 86], playlist: [430, 450], album: [430, 450] };

export function neteaseEmbed(type: NeteaseType, id: string): Embed | undefined {
  if (!NETEASE_ID.test(id) || !(type in NETEASE_TYPES)) return undefined;
  const [player, frame] = NETEASE_HEIGHTS[type];
  return {
    player: 'netease',
    src: `${EMBED_PLAYERS.netease.origin}/outchain/player?type=${NETEASE_TYPES[type]}&id=${id}&auto=0&height=${player}`,
    title: EMBED_PLAYERS.netease.title,
    href: `https://music.163.com/#/${type}?id=${id}`,
    kind: 'audio',
    height: frame,
  };
}

export function tencentEmbed(vid: string): Embed | undefined {
  if (!TENCENT_VID.test(vid)) return undefined;
  return {
    player: 'tencent',
    src: `${EMBED_PLAYERS.tencent.origin}/txp/iframe/player.html?vid=${vid}`,
    title: EMBED_PLAYERS.tencent.title,
    href: `https://v.qq.com/x/page/${vid}.html`,
    kind: 'video',
  };
}

/** An absolute http(s) address (a protocol-relative `//host/…` read as https); undefined for anything else. */
export function parseWebUrl(raw: string): URL | undefined {
  const text = raw.trim();
  const absolute = text.startsWith('//') ? `https:${text}` : text;
  if (!/^https?:\/\//i.test(absolute)) return undefined;
  try {
    const url = new URL(absolute);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (url.username || url.password) return undefined;
    return url;
  } catch {
    return undefined;
  }
}

function fromYoutube(url: URL): Embed | undefined {
  const host = url.hostname;
  const segments = url.pathname.split('/').filter(Boolean);
  const start = youtubeStart(url.searchParams.get('t')) ?? youtubeStart(url.searchParams.get('start'));
  if (host === 'youtu.be') return segments.length === 1 ? youtubeEmbed(segments[0]!, { start }) : undefined;
  if (!YOUTUBE_HOSTS.has(host)) return undefined;
  const [first, second] = segments;
  if (first === 'watch' && segments.length === 1) {
    const v = url.searchParams.get('v');
    if (v) return youtubeEmbed(v, { start });
    const list = url.searchParams.get('list');
    return list ? youtubeEmbed(list, { playlist: true }) : undefined;
  }
  if (first === 'playlist' && segments.length === 1) {
    const list = url.searchParams.get('list');
    return list ? youtubeEmbed(list, { playlist: true }) : undefined;
  }
  if (first === 'embed' && second === 'videoseries' && segments.length === 2) {
    const list = url.searchParams.get('list');
    return list ? youtubeEmbed(list, { playlist: true }) : undefined;
  }
  if ((first === 'embed' || first === 'v' || first === 'live' || first === 'shorts') && second && segments.length === 2) {
    return youtubeEmbed(second, { start, vertical: first === 'shorts' });
  }
  return undefined;
}

function fromBilibili(url: URL): Embed | undefined {
  const host = url.hostname;
  const segments = url.pathname.split('/').filter(Boolean);
  const page = url.searchParams.get('p') ?? url.searchParams.get('page') ?? 1;
  if (host === 'b23.tv') return segments.length === 1 && BVID.test(segments[0]!) ? bilibiliEmbed(segments[0]!, page) : undefined;
  if (!BILIBILI_HOSTS.has(host)) return undefined;
  if (host === 'player.bilibili.com') {
    if (url.pathname !== '/player.html') return undefined;
    const bvid = url.searchParams.get('bvid');
    if (bvid && BVID.test(bvid)) return bilibiliEmbed(bvid, page);
    const aid = url.searchParams.get('aid');
    return aid && AID.test(aid) ? bilibiliEmbed(aid, page) : undefined;
  }
  // www.bilibili.com/video/BV…/ , /video/av170001 , m.bilibili.com/video/… , /s/video/…
  const at = segments[0] === 's' ? 1 : 0;
  if (segments[at] !== 'video' || segments.length !== at + 2) return undefined;
  const id = segments[at + 1]!;
  return BVID.test(id) || /^av\d+$/i.test(id) ? bilibiliEmbed(id, page) : undefined;
}

function fromVimeo(url: URL): Embed | undefined {
  if (!VIMEO_HOSTS.has(url.hostname)) return undefined;
  const segments = url.pathname.split('/').filter(Boolean);
  if (url.hostname === 'player.vimeo.com') {
    return segments.length === 2 && segments[0] === 'video' ? vimeoEmbed(segments[1]!, url.searchParams.get('h') ?? undefined) : undefined;
  }
  // vimeo.com/ID, vimeo.com/ID/HASH, vimeo.com/channels/NAME/ID, vimeo.com/groups/NAME/videos/ID
  const numeric = segments.findIndex((segment) => VIMEO_ID.test(segment));
  if (numeric < 0) return undefined;
  if (numeric === 0 && segments.length <= 2) return vimeoEmbed(segments[0]!, segments[1]);
  if (numeric === segments.length - 1 && ['channels', 'groups', 'album', 'showcase'].includes(segments[0]!)) return vimeoEmbed(segments[numeric]!);
  return undefined;
}

function fromNetease(url: URL): Embed | undefined {
  if (!NETEASE_HOSTS.has(url.hostname)) return undefined;
  // The site's pages route in the fragment: music.163.com/#/song?id=…
  const routed = url.hash.startsWith('#/') ? new URL(url.hash.slice(1), url.origin) : url;
  const segments = routed.pathname.split('/').filter(Boolean);
  if (segments[0] === 'outchain' && segments[1] === 'player' && segments.length === 2) {
    const type = ({ '0': 'playlist', '1': 'album', '2': 'song' } as Record<string, NeteaseType>)[routed.searchParams.get('type') ?? ''];
    const id = routed.searchParams.get('id');
    return type && id ? neteaseEmbed(type, id) : undefined;
  }
  const rest = segments[0] === 'm' ? segments.slice(1) : segments;
  const type = rest[0] as NeteaseType | undefined;
  if (!type || !(type in NETEASE_TYPES)) return undefined;
  // /song?id=123 or a share link's /song/123/
  const id = rest.length === 1 ? routed.searchParams.get('id') : rest.length === 2 ? rest[1] : undefined;
  return id ? neteaseEmbed(type, id) : undefined;
}

function fromTencent(url: URL): Embed | undefined {
  if (!TENCENT_HOSTS.has(url.hostname)) return undefined;
  const path = url.pathname;
  const query = url.searchParams.get('vid');
  // v.qq.com/x/cover/CID/VID.html , v.qq.com/x/page/VID.html
  const page = /^\/x\/(?:cover\/[a-z0-9]{1,20}|page)\/([a-z0-9]{11})\.html$/.exec(path);
  if (page) return tencentEmbed(page[1]!);
  // v.qq.com/x/cover/CID.html?vid=VID , the player itself, m.v.qq.com/x/m/play?vid=VID
  if (query && (/^\/x\/cover\/[a-z0-9]{1,20}\.html$/.test(path) || /^\/(?:txp\/)?iframe\/player\.html$/.test(path) || path === '/x/m/play')) return tencentEmbed(query);
  return undefined;
}

/**
 * The allow-listed player for any address a post gave a video or song (a watch page, a share link,
 * a player's address, `//…` protocol-relative), with the player's https address rebuilt from the
 * parsed id; undefined for any other address.
 */
export function embedFor(raw: string): Embed | undefined {
  const url = parseWebUrl(raw);
  if (!url || (url.port !== '' && url.port !== '443' && url.port !== '80')) return undefined;
  return fromYoutube(url) ?? fromBilibili(url) ?? fromVimeo(url) ?? fromNetease(url) ?? fromTencent(url);
}
