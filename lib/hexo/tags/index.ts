import type { PostFiles } from '../assets';
import { assetTags } from './asset';
import { cardTags } from './cards';
import { embedTags } from './embed';
import { foldTags } from './fold';
import { galleryTags } from './gallery';
import { imageTags } from './image';
import { inlineTags } from './inline';
import { noteTags } from './note';
import { quoteTags } from './quote';
import { tabsTags } from './tabs';
import { timelineTags } from './timeline';
import { codeTags } from './code';
import { mathTags } from './math';
import { mermaidTags } from './mermaid';
import { postLinkTags } from './post-link';
import { rawTags } from './raw';
import type { TagFamily } from './types';

/** Hexo core's tags and the themes' that the site renders, one family per file; a post's asset tags need its files. */
const families: TagFamily[] = [
  postLinkTags, rawTags, mermaidTags, codeTags, mathTags, noteTags, quoteTags, inlineTags, timelineTags, foldTags, tabsTags, galleryTags, cardTags, imageTags, embedTags,
];

export function tagFamilies(post?: PostFiles): TagFamily[] {
  return post ? [...families, assetTags(post)] : families;
}
