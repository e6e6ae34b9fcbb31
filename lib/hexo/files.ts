import path from 'node:path';
import { listArticleFiles } from '../content/files';
import type { ContentProblem } from '../content/types';
import type { HexoSite } from './config';

/** Hexo leaves out any file or folder whose name starts with `_` or `.` below `_posts` (processor/common isHiddenFile). */
const hiddenToHexo = (file: string) => file.split(path.sep).slice(1).some((part) => part.startsWith('_') || part.startsWith('.'));

/**
 * A Hexo site's posts (`_posts/…`) and drafts (`_drafts/…`), relative to its source folder. With
 * `post_asset_folder`, Hexo renders only files of new_post_name's type as posts (`.md`); any other
 * text file in a post's folder is one of its assets.
 */
export async function listHexoPostFiles(site: HexoSite, problems: ContentProblem[] = []): Promise<string[]> {
  const postType = path.extname(site.newPostName).toLowerCase() || '.md';
  const files: string[] = [];
  for (const folder of ['_posts', '_drafts']) {
    const found: ContentProblem[] = [];
    const listed = await listArticleFiles(path.join(/*turbopackIgnore: true*/ site.sourceDir, folder), found).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    problems.push(...found.map((problem) => ({ ...problem, file: path.join(/*turbopackIgnore: true*/ folder, problem.file) })));
    for (const file of listed) {
      const relative = path.join(/*turbopackIgnore: true*/ folder, file);
      if (hiddenToHexo(relative)) continue;
      if (site.postAssetFolder && path.extname(file).toLowerCase() !== postType) continue;
      files.push(relative);
    }
  }
  return files;
}
