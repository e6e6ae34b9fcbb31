import type { PostFiles } from '../assets';
import { assetTags } from './asset';
import { codeTags } from './code';
import { mathTags } from './math';
import { mermaidTags } from './mermaid';
import { postLinkTags } from './post-link';
import { rawTags } from './raw';
import type { TagFamily } from './types';

/** Hexo core's tags and the themes' that the site renders, one family per file; a post's asset tags need its files. */
const families: TagFamily[] = [postLinkTags, rawTags, mermaidTags, codeTags, mathTags];

export function tagFamilies(post?: PostFiles): TagFamily[] {
  return post ? [...families, assetTags(post)] : families;
}
