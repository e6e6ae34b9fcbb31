import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { getSiteFile } from '@/lib/content';
import { contentTypeOf } from '@/lib/hexo/content-types';

type Context = { params: Promise<{ path: string[] }> };

/**
 * A file a Hexo site published (next.config.js sends addresses with a file extension here once no
 * page or public/ file has them): images of `source/images`, post asset folders, downloads. Files
 * may hold anything (an SVG with a script), so they are served sandboxed: no script of theirs runs
 * on the site's origin.
 */
export async function GET(_request: Request, { params }: Context) {
  const file = await getSiteFile((await params).path);
  const stat = file === undefined ? undefined : await fs.stat(file).catch(() => undefined);
  if (!file || !stat?.isFile()) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(Readable.toWeb(createReadStream(file)) as ReadableStream, {
    headers: {
      'Content-Type': contentTypeOf(path.extname(file)),
      'Content-Length': String(stat.size),
      'Content-Security-Policy': "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox",
      'Cache-Control': 'public, max-age=3600',
      'Last-Modified': stat.mtime.toUTCString(),
    },
  });
}
