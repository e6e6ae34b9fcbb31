import { env as readEnv, type Env } from '../env';
import { hexoRootOfPosts, readHexoSite } from '../hexo/config';
import { site } from '../site';
import type { ContentOptions } from './load';

/**
 * What the content is, from the environment: the content folders, or a Hexo site (HEXO_DIR, or an
 * ARTICLES_DIR that is a Hexo site's `source/_posts`) with its config. The build, the server and
 * `content:check` all start here, so they read the same content. A Hexo config that cannot be read
 * throws, naming the file.
 */
export async function contentOptions(config: Env = readEnv()): Promise<ContentOptions> {
  const hexoDir = config.hexoDir ?? (await hexoRootOfPosts(config.articlesDir));
  return {
    contentDir: config.contentDir,
    articlesDir: config.articlesDir,
    timeZone: config.timeZone,
    defaultAuthor: site.defaultAuthor,
    hexo: hexoDir ? await readHexoSite(hexoDir) : undefined,
  };
}
