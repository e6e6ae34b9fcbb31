import { type Dirent, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { sitesDir } from './helpers';
import { embedTags, embedTagsWith } from '@/lib/hexo/tags/embed';
import { EMBED_FRAME_SOURCES, EMBED_PLAYERS, embedFor } from '@/lib/hexo/tags/embed-players';
import { codeRanges, expandTags } from '@/lib/hexo/tags/parse';
import type { TagFamily } from '@/lib/hexo/tags/types';
import { testTagContext } from '../support/tag-context';

const SITES = sitesDir;

/** One tag, through the real tag parser, as HTML (its slots'), with the warnings it gave. */
function render(source: string, family: TagFamily = embedTags) {
  const { context, warnings } = testTagContext();
  const { slots, source: text } = expandTags(source, { families: [family], context });
  return { html: slots.map((slot: ElementContent[]) => toHtml(slot)).join('\n'), text, warnings };
}

/** The src of every iframe in some HTML. */
const frames = (html: string) => [...html.matchAll(/<iframe[^>]*\ssrc="([^"]*)"/g)].map((m) => m[1]!.replace(/&#x26;|&amp;/g, '&'));

describe('the players a page may frame (embed-players.ts)', () => {
  it('reads the addresses posts give and rebuilds the player address from the id', () => {
    const cases: [string, string, string][] = [
      ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'youtube', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
      ['https://youtu.be/dQw4w9WgXcQ?t=90', 'youtube', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90'],
      ['https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=1m5s', 'youtube', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=65'],
      ['https://www.youtube.com/embed/dQw4w9WgXcQ', 'youtube', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
      ['https://www.youtube.com/shorts/dQw4w9WgXcQ', 'youtube', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
      ['https://www.youtube.com/playlist?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG', 'youtube', 'https://www.youtube-nocookie.com/embed/videoseries?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG'],
      ['https://www.bilibili.com/video/BV1GJ411x7h7', 'bilibili', 'https://player.bilibili.com/player.html?bvid=BV1GJ411x7h7&page=1&autoplay=0'],
      ['https://www.bilibili.com/video/BV1GJ411x7h7/?p=3&spm_id_from=333.788', 'bilibili', 'https://player.bilibili.com/player.html?bvid=BV1GJ411x7h7&page=3&autoplay=0'],
      ['https://www.bilibili.com/video/av170001', 'bilibili', 'https://player.bilibili.com/player.html?aid=170001&page=1&autoplay=0'],
      ['https://m.bilibili.com/video/BV1GJ411x7h7', 'bilibili', 'https://player.bilibili.com/player.html?bvid=BV1GJ411x7h7&page=1&autoplay=0'],
      // The about page of CCLMSY__Hexo_Blog frames this one (in raw HTML): protocol-relative and with a doubled &.
      ['//player.bilibili.com/player.html?aid=474023258&&page=1&as_wide=1&high_quality=1&danmaku=0', 'bilibili', 'https://player.bilibili.com/player.html?aid=474023258&page=1&autoplay=0'],
      ['https://player.bilibili.com/player.html?aid=474023258&bvid=BV1GJ411x7h7&cid=1&page=2', 'bilibili', 'https://player.bilibili.com/player.html?bvid=BV1GJ411x7h7&page=2&autoplay=0'],
      ['https://vimeo.com/76979871', 'vimeo', 'https://player.vimeo.com/video/76979871'],
      ['https://player.vimeo.com/video/76979871?h=8272103f6e&autoplay=1', 'vimeo', 'https://player.vimeo.com/video/76979871?h=8272103f6e'],
      ['https://music.163.com/#/song?id=1901371647', 'netease', 'https://music.163.com/outchain/player?type=2&id=1901371647&auto=0&height=66'],
      ['https://music.163.com/song?id=1901371647&userid=1', 'netease', 'https://music.163.com/outchain/player?type=2&id=1901371647&auto=0&height=66'],
      ['https://y.music.163.com/m/song?id=1901371647', 'netease', 'https://music.163.com/outchain/player?type=2&id=1901371647&auto=0&height=66'],
      ['https://music.163.com/#/playlist?id=5297089422', 'netease', 'https://music.163.com/outchain/player?type=0&id=5297089422&auto=0&height=430'],
      // The commented-out player on codehhr's music page: autoplay is never kept.
      ['//music.163.com/outchain/player?type=0&id=5297089422&auto=1&height=430', 'netease', 'https://music.163.com/outchain/player?type=0&id=5297089422&auto=0&height=430'],
      ['https://v.qq.com/x/cover/mzc00200mp8vo9b/n0041aa087e.html', 'tencent', 'https://v.qq.com/txp/iframe/player.html?vid=n0041aa087e'],
      ['https://v.qq.com/x/page/n0041aa087e.html', 'tencent', 'https://v.qq.com/txp/iframe/player.html?vid=n0041aa087e'],
      ['https://v.qq.com/txp/iframe/player.html?vid=n0041aa087e&autoplay=true', 'tencent', 'https://v.qq.com/txp/iframe/player.html?vid=n0041aa087e'],
    ];
    for (const [url, player, src] of cases) {
      const embed = embedFor(url);
      expect(embed, url).toMatchObject({ player, src });
      expect(embed!.title).toBe(EMBED_PLAYERS[embed!.player].title);
      expect(embed!.title).toMatch(/播放器/);
    }
  });

  it('never passes an author’s address or a malformed id through', () => {
    for (const url of [
      'https://evil.example/watch?v=dQw4w9WgXcQ',
      'https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
      'https://www.youtube.com@evil.example/watch?v=dQw4w9WgXcQ',
      'https://user@www.youtube.com/watch?v=dQw4w9WgXcQ',
      'javascript:alert(1)//www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ"onload="x',
      'https://www.youtube.com/watch?v=short',
      'https://www.youtube.com/embed/dQw4w9WgXcQ/../../evil',
      'https://www.bilibili.com/video/BV1GJ411x7h0', // 0 is not a base58 letter
      'https://www.bilibili.com/video/BV1GJ411x7h7/../../x',
      'https://player.bilibili.com/player.html?bvid=%22%3E%3Cscript%3E',
      'https://space.bilibili.com/12345',
      'https://vimeo.com/user/abc',
      'https://music.163.com/#/song?id=12ab',
      'https://music.163.com/outchain/player?type=9&id=123',
      'https://v.qq.com/x/cover/mzc00200mp8vo9b.html',
      'https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ',
      'ftp://www.youtube.com/watch?v=dQw4w9WgXcQ',
      '',
      'dQw4w9WgXcQ',
    ]) {
      expect(embedFor(url), url).toBeUndefined();
    }
  });

  it('lists exactly the origins the rebuilt addresses use, and the CSP allows exactly those', () => {
    expect(EMBED_FRAME_SOURCES).toEqual(['https://www.youtube-nocookie.com', 'https://player.bilibili.com', 'https://player.vimeo.com', 'https://music.163.com', 'https://v.qq.com']);
    const sample = ['https://youtu.be/dQw4w9WgXcQ', 'https://www.bilibili.com/video/BV1GJ411x7h7', 'https://vimeo.com/76979871', 'https://music.163.com/#/song?id=1', 'https://v.qq.com/x/page/n0041aa087e.html'];
    expect(sample.map((url) => new URL(embedFor(url)!.src).origin)).toEqual(EMBED_FRAME_SOURCES);
    const config = readFileSync(path.join(import.meta.dirname, '../../next.config.js'), 'utf8');
    const listed = /const EMBED_FRAME_SOURCES = \[([^\]]*)\]/.exec(config)?.[1];
    expect(listed && [...listed.matchAll(/'([^']+)'/g)].map((m) => m[1])).toEqual(EMBED_FRAME_SOURCES);
  });
});

describe('embed tags', () => {
  it('frames an allow-listed player in a lazy, sandboxed, titled 16:9 frame with a link to its page', () => {
    const { html, warnings } = render('{% iframe https://www.bilibili.com/video/BV1GJ411x7h7 %}');
    expect(warnings).toEqual([]);
    expect(frames(html)).toEqual(['https://player.bilibili.com/player.html?bvid=BV1GJ411x7h7&page=1&autoplay=0']);
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('allowfullscreen');
    expect(html).toContain('referrerpolicy="strict-origin-when-cross-origin"');
    expect(html).toContain('sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"');
    expect(html).toContain('title="哔哩哔哩视频播放器"');
    expect(html).toContain('aspect-video');
    expect(html).toMatch(/^<figure class="not-prose/);
    expect(html).toContain('href="https://www.bilibili.com/video/BV1GJ411x7h7/"');
    expect(html).toContain('在哔哩哔哩打开');
  });

  it('never frames an unknown host: iframe gives a link naming the host, other schemes their text, each with a warning', () => {
    const web = render('{% iframe https://www.novipnoad.com/ 100% 1000 %}');
    expect(web.html).not.toContain('<iframe');
    expect(web.html).toContain('href="https://www.novipnoad.com/"');
    expect(web.html).toContain('（www.novipnoad.com）');
    expect(web.warnings).toEqual([expect.stringMatching(/^line 1: \{% iframe https:\/\/www\.novipnoad\.com\/ 100% 1000 %\}: www\.novipnoad\.com is not one of the players/)]);

    const script = render('{% iframe javascript:alert(1) %}');
    expect(script.html).toBe('javascript:alert(1)');
    expect(script.warnings[0]).toMatch(/iframe.*not an http\(s\) address/);

    const missing = render('{% iframe %}');
    expect(missing.html).toBe('');
    expect(missing.warnings[0]).toMatch(/\{% iframe %\}: no address is given/);
  });

  it('youtube: an id, a playlist (Hexo 4 / hexo-tag-embed arguments) or a URL, always through youtube-nocookie.com', () => {
    expect(frames(render('{% youtube dQw4w9WgXcQ %}').html)).toEqual(['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ']);
    expect(frames(render('{% youtube dQw4w9WgXcQ video true %}').html)).toEqual(['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ']);
    expect(frames(render('{% youtube PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG playlist false %}').html)).toEqual([
      'https://www.youtube-nocookie.com/embed/videoseries?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG',
    ]);
    expect(frames(render('{% youtube https://youtu.be/dQw4w9WgXcQ %}').html)).toEqual(['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ']);
    expect(render('{% youtube dQw4w9WgXcQ %}').html).toContain('title="YouTube 视频播放器"');
    const bad = render('{% youtube <script> %}');
    expect(bad.html).toBe('&#x3C;script>');
    expect(bad.warnings[0]).toMatch(/youtube <script> %\}: <script> is neither a YouTube video id/);
    // Another site's URL in a youtube tag is not framed either.
    expect(render('{% youtube https://vimeo.com/76979871 %}').html).not.toContain('<iframe');
  });

  it('bilibili: a BV id, an av number, a URL, with an optional page', () => {
    const src = (tag: string) => frames(render(tag).html)[0];
    expect(src('{% bilibili BV1GJ411x7h7 %}')).toBe('https://player.bilibili.com/player.html?bvid=BV1GJ411x7h7&page=1&autoplay=0');
    expect(src('{% bilibili BV1GJ411x7h7 2 %}')).toBe('https://player.bilibili.com/player.html?bvid=BV1GJ411x7h7&page=2&autoplay=0');
    expect(src('{% bilibili 170001 %}')).toBe('https://player.bilibili.com/player.html?aid=170001&page=1&autoplay=0');
    expect(src('{% bilibili av170001 3 %}')).toBe('https://player.bilibili.com/player.html?aid=170001&page=3&autoplay=0');
    expect(src('{% bilibili https://www.bilibili.com/video/BV1GJ411x7h7?p=4 %}')).toBe('https://player.bilibili.com/player.html?bvid=BV1GJ411x7h7&page=4&autoplay=0');
    expect(src('{% bilibili https://www.bilibili.com/video/BV1GJ411x7h7 5 %}')).toBe('https://player.bilibili.com/player.html?bvid=BV1GJ411x7h7&page=5&autoplay=0');
    const bad = render('{% bilibili BV-not-an-id %}');
    expect(bad.html).not.toContain('<iframe');
    expect(bad.warnings[0]).toMatch(/^line 1: \{% bilibili BV-not-an-id %\}: BV-not-an-id is neither a Bilibili BV id/);
  });

  it('vimeo (Hexo 4): an id', () => {
    expect(frames(render('{% vimeo 76979871 %}').html)).toEqual(['https://player.vimeo.com/video/76979871']);
  });

  it('video: a player URL is framed, a video file plays in a <video>, anything else is a link', () => {
    expect(frames(render('{% video https://v.qq.com/x/cover/mzc00200mp8vo9b/n0041aa087e.html %}').html)).toEqual(['https://v.qq.com/txp/iframe/player.html?vid=n0041aa087e']);
    const file = render('{% video https://example.com/media/clip.mp4 %}');
    expect(file.warnings).toEqual([]);
    expect(file.html).toContain('<video src="https://example.com/media/clip.mp4" controls preload="metadata" playsinline');
    expect(file.html).not.toContain('<iframe');
    const local = render('{% video /videos/片头.webm %}');
    expect(local.html).toContain('src="/videos/%E7%89%87%E5%A4%B4.webm"');
    // NexT's second argument: a poster image.
    expect(render('{% video /a.m4v /poster.jpg %}').html).toContain('poster="/poster.jpg"');

    const page = render('{% video https://example.com/watch/123 %}');
    expect(page.html).not.toMatch(/<iframe|<video/);
    expect(page.html).toContain('<a href="https://example.com/watch/123"');
    expect(page.html).toContain('（example.com）');
    expect(page.warnings[0]).toMatch(/^line 1: \{% video https:\/\/example\.com\/watch\/123 %\}: example\.com is not one of the players/);

    const hls = render('{% video https://example.com/live.m3u8 %}');
    expect(hls.html).not.toContain('<video');
    expect(hls.warnings[0]).toMatch(/HLS/);

    const data = render('{% video data:video/mp4;base64,AAAA %}');
    expect(data.html).toBe('data:video/mp4;base64,AAAA');
    expect(data.warnings[0]).toMatch(/not an http\(s\) address/);

    const relative = render('{% video clip.mp4 %}');
    expect(relative.html).toBe('clip.mp4');
    expect(relative.warnings[0]).toMatch(/relative path/);
    // A caller that knows the post's files resolves it.
    const resolved = render('{% video clip.mp4 %}', embedTagsWith({ resolveFile: (file) => `/2020/01/02/post/${file}` }));
    expect(resolved.html).toContain('<video src="/2020/01/02/post/clip.mp4"');
  });

  it('video: a size and alignment after a comma, Stellar key:value forms', () => {
    const half = render('{% video https://example.com/a.mp4, 50%, right %}');
    expect(half.warnings).toEqual([]);
    expect(half.html).toMatch(/<figure class="not-prose my-6 w-1\/2 ml-auto">/);
    expect(render('{% video https://example.com/a.mp4,50%,center %}').html).toMatch(/<figure class="not-prose my-6 w-1\/2 mx-auto">.*src="https:\/\/example\.com\/a\.mp4"/);
    expect(render('{% video https://res.example.com/w_300,h_200/a.mp4 %}').html).toContain('src="https://res.example.com/w_300,h_200/a.mp4"');
    expect(render('{% video https://example.com/a.mp4 400px %}').html).toContain('width="400"');
    expect(frames(render('{% video bilibili:BV1GJ411x7h7 %}').html)).toEqual(['https://player.bilibili.com/player.html?bvid=BV1GJ411x7h7&page=1&autoplay=0']);
    expect(frames(render('{% video youtube:dQw4w9WgXcQ autoplay:true %}').html)).toEqual(['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ']);
    const stray = render('{% video https://example.com/a.mp4 loop %}');
    expect(stray.warnings[0]).toMatch(/not understood.*loop/);
  });

  it('videos: the videos of its body in a grid of the given columns', () => {
    const source = ['{% videos, 2 %}', '{% video https://example.com/a.mp4 %}', '   {% video https://www.youtube.com/watch?v=dQw4w9WgXcQ %}', '{% endvideos %}'].join('\n');
    const { html, warnings, text } = render(source);
    expect(text).not.toContain('{%');
    expect(warnings).toEqual([]);
    expect(html).toMatch(/^<div class="not-prose my-6 grid gap-3 items-end sm:grid-cols-2">/);
    expect(html.match(/<figure class="not-prose">/g)).toHaveLength(2);
    expect(html).toContain('<video src="https://example.com/a.mp4"');
    expect(frames(html)).toEqual(['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ']);
    expect(render('{% videos center::4 %}\n{% video https://example.com/a.mp4 %}\n{% endvideos %}').html).toMatch(/grid-cols-2 sm:grid-cols-4 justify-items-center/);
    const bad = render('{% videos ,3 %}\n{% video https://example.com/x %}\n{% endvideos %}');
    expect(bad.warnings[0]).toMatch(/^line 2: \{% video https:\/\/example\.com\/x %\}/);
  });

  it('audio: a file in an <audio>, a NetEase page in its player, else a link', () => {
    const file = render('{% audio https://github.com/volantis-x/volantis-docs/releases/download/assets/Lumia1020.mp3 %}');
    expect(file.warnings).toEqual([]);
    expect(file.html).toContain('<audio src="https://github.com/volantis-x/volantis-docs/releases/download/assets/Lumia1020.mp3" controls preload="none"');
    const song = render('{% audio https://music.163.com/#/song?id=1901371647 %}');
    expect(frames(song.html)).toEqual(['https://music.163.com/outchain/player?type=2&id=1901371647&auto=0&height=66']);
    expect(song.html).toContain('title="网易云音乐播放器"');
    expect(song.html).toContain('h-[86px]');
    expect(frames(render('{% audio netease:5297089422 type:0 %}').html)).toEqual(['https://music.163.com/outchain/player?type=0&id=5297089422&auto=0&height=430']);
    // A video player is not an audio player.
    expect(render('{% audio https://youtu.be/dQw4w9WgXcQ %}').html).not.toContain('<iframe');
    const other = render('{% audio https://example.com/listen?id=3 %}');
    expect(other.html).toContain('<a href="https://example.com/listen?id=3"');
    expect(other.warnings[0]).toMatch(/audio.*example\.com/);
  });

  it('meting / aplayer (hexo-tag-aplayer): the NetEase player for a song or playlist, else a link to the song’s page', () => {
    const playlist = render('{% meting "5297089422" "netease" "playlist" "theme:#494f5c" "mutex:true" "listmaxheight:340px" "preload:auto" %}');
    expect(playlist.warnings).toEqual([]);
    expect(frames(playlist.html)).toEqual(['https://music.163.com/outchain/player?type=0&id=5297089422&auto=0&height=430']);
    expect(playlist.html).toContain('h-[450px]');
    expect(frames(render('{% meting "1901371647" "netease" "song" %}').html)).toEqual(['https://music.163.com/outchain/player?type=2&id=1901371647&auto=0&height=66']);
    const qq = render('{% meting "002Zkt5S2z8JZx" "tencent" "song" %}');
    expect(qq.html).not.toContain('<iframe');
    expect(qq.html).toContain('href="https://y.qq.com/n/ryqq/songDetail/002Zkt5S2z8JZx"');
    const artist = render('{% meting "6452" "netease" "artist" %}');
    expect(artist.html).toContain('href="https://music.163.com/#/artist?id=6452"');
    expect(artist.warnings[0]).toMatch(/meting.*artist/);
    const unknown = render('{% meting "x" "xiami" "song" %}');
    expect(unknown.html).not.toContain('<a');
    expect(unknown.warnings[0]).toMatch(/xiami/);

    const aplayer = render('{% aplayer "平凡之路" "朴树" "https://example.com/music/road.mp3" "https://example.com/cover.jpg" autoplay %}');
    expect(aplayer.html).toContain('平凡之路 — 朴树');
    expect(aplayer.html).toContain('<audio src="https://example.com/music/road.mp3" controls preload="none"');
    const list = render('{% aplayerlist %}\n{"music": [{"title": "A", "author": "B", "url": "/music/a.mp3"}, {"title": "C", "url": "https://example.com/c.ogg"}]}\n{% endaplayerlist %}');
    expect(list.html.match(/<audio /g)).toHaveLength(2);
  });

  it('dplayer (hexo-tag-dplayer): its url as a video', () => {
    expect(render('{% dplayer "url=https://example.com/v.mp4" "pic=https://example.com/p.png" %}').html).toContain('<video src="https://example.com/v.mp4"');
  });

  it('pdf: a link card to the file, the site’s own or remote, never a frame (the site refuses to be framed)', () => {
    const local = render('{% pdf /files/讲义.pdf 600 %}');
    expect(local.warnings).toEqual([]);
    expect(frames(local.html)).toEqual([]);
    expect(local.html).toContain('href="/files/%E8%AE%B2%E4%B9%89.pdf"');
    expect(local.html).toContain('讲义.pdf');
    expect(local.html).not.toContain('rel="nofollow');

    const remote = render('{% pdf https://cdn.jsdelivr.net/gh/Justlovesmile/CDN/pdf/小作文讲义.pdf %}');
    expect(remote.warnings).toEqual([]);
    expect(remote.html).not.toContain('<iframe');
    expect(remote.html).toContain('href="https://cdn.jsdelivr.net/gh/Justlovesmile/CDN/pdf/%E5%B0%8F%E4%BD%9C%E6%96%87%E8%AE%B2%E4%B9%89.pdf"');
    expect(remote.html).toContain('小作文讲义.pdf');
    expect(remote.html).toContain('cdn.jsdelivr.net');

    const protocolRelative = render('{% pdf //evil.example/x.pdf %}');
    expect(protocolRelative.html).not.toContain('<iframe');
    const relative = render('{% pdf xxx.pdf %}');
    expect(relative.html).toBe('xxx.pdf');
    expect(relative.warnings[0]).toMatch(/^line 1: \{% pdf xxx\.pdf %\}: .*relative path/);
    expect(render('{% pdf /notes.txt %}').html).not.toContain('<iframe');
  });

  it('gives light and dark colours to its own text', () => {
    const html = [render('{% pdf https://example.com/a.pdf %}').html, render('{% video https://example.com/a.mov %}').html].join('\n');
    for (const light of ['text-stone-900', 'text-stone-600', 'text-accent-strong']) expect(html).toContain(light);
    for (const dark of ['dark:text-stone-100', 'dark:text-stone-400', 'dark:text-orange-300']) expect(html).toContain(dark);
  });

  it('renders every use in the real sites sensibly: no tag left, no unknown frame', () => {
    const uses: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true }) as Dirent[]) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.md')) {
          const text = readFileSync(full, 'utf8');
          if (/\{%\s*(?:video|videos|iframe|pdf|bilibili|youtube|audio|meting|aplayer)\b/.test(text)) uses.push(full);
        }
      }
    };
    walk(SITES);
    expect(uses.length).toBeGreaterThanOrEqual(2);
    const names = new Set(['video', 'videos', 'endvideos', 'iframe', 'pdf', 'bilibili', 'youtube', 'audio', 'meting', 'aplayer']);
    let rendered = 0;
    for (const file of uses) {
      const { context: base, warnings } = testTagContext();
      const sources: string[] = [];
      const htmls: string[] = [];
      // Only our tags are known: the others' blocks (tabs, notes…) keep their bodies, rendered as
      // Markdown, and the tags in them are found as the real pipeline finds them.
      const expand = (text: string) => {
        const { source, slots } = expandTags(text, { families: [embedTags], context });
        sources.push(source);
        for (const slot of slots) htmls.push(toHtml(slot));
        return source;
      };
      const context = { ...base, markdown: (text: string): ElementContent[] => [{ type: 'text', value: expand(text) }] };
      expand(readFileSync(file, 'utf8'));
      const html = htmls.join('\n');
      for (const src of frames(html)) expect(EMBED_FRAME_SOURCES.some((origin) => src.startsWith(`${origin}/`)) || src.startsWith('/'), src).toBe(true);
      rendered += (html.match(/<(?:video|audio|iframe)\s|PDF ·/g) ?? []).length;
      const own = warnings.filter((warning) => [...names].some((name) => warning.includes(`{% ${name}`)));
      expect(own, file).toEqual([]);
      // Outside code (where the tutorials show the syntax), none of our tags is left.
      for (const source of sources) {
        const code = codeRanges(source);
        const outside = [...source].map((char, i) => (code.some(([a, b]) => i >= a && i < b) ? '' : char)).join('');
        expect(outside).not.toMatch(/\{%\s*(?:video|videos|endvideos|pdf|meting|audio)\b/);
      }
    }
    // CCLMSY's tutorial: an audio, 1 + 4 + 8 videos, a remote PDF; codehhr's music page: a playlist.
    expect(rendered).toBe(1 + 13 + 1 + 1);
  });
});
