// `npm run content:build` (also before `npm run dev`): the build's content step alone. It writes
// what the site reads at build and run time instead of every article:
//   .content/<dist>.json  the content manifest (lib/content/manifest.ts)
//   .search/<dist>.bin    the search index (lib/search/store.ts, lib/search/packed-file.ts)
//   public/vendor/katex/  KaTeX's stylesheet and fonts, for pages with math (lib/content/math/assets.ts)
import { copyKatexAssets } from '@/lib/content/math/assets';
import { writeManifest, writeSearch } from './content/step';

try {
  copyKatexAssets();
  await writeSearch(await writeManifest());
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
