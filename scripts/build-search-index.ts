// Writes the search index for the content in CONTENT_DIR / ARTICLES_DIR to .search/, where the
// search page reads it. Runs before `next build` and `next dev` (the npm prebuild / predev scripts).
import path from 'node:path';
import { writeSearchIndex } from '@/lib/search/store';

const started = performance.now();
const { file, documents, bytes } = await writeSearchIndex();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Search index: ${documents} articles, ${(bytes / 1024).toFixed(0)} KiB, ${path.relative(process.cwd(), file)} (${seconds} s)`);
