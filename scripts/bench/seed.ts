import path from 'node:path';
import { slugify } from '@/lib/content/slug';

/** The article every benchmark page measurement is about: the one the project started from. */
export const SEED_ARTICLE = '新媒体/人人都是产品经理/最新文章/去中心化：阿里、京东、拼多多布局的新风口.md';
export const SEED_SLUG = slugify(path.basename(SEED_ARTICLE, '.md'));
