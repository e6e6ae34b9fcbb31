// The blank page padded with `bytes` bytes of Chinese prose in paragraphs: the floor for a page as
// big as an article. The prose (a JSON array of paragraphs) is read from FLOOR_PADDING_FILE, so it
// compresses as an article's text does. Rendered on its first request and kept, as an article
// page that the build did not prerender is.
import fs from 'node:fs';
import { notFound } from 'next/navigation';
import { Counter } from '../../counter';

export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

/** The paragraphs, in order, up to `bytes` bytes of text (the last one cut short). */
function paragraphsOf(paragraphs, bytes) {
  const taken = [];
  let left = bytes;
  for (const paragraph of paragraphs) {
    if (left <= 0) break;
    const text = Buffer.from(paragraph).subarray(0, left).toString().replace(/\uFFFD$/, '');
    taken.push(text);
    left -= Buffer.byteLength(paragraph);
  }
  return taken;
}

export default async function PaddedPage({ params }) {
  const bytes = Number((await params).bytes);
  const file = process.env.FLOOR_PADDING_FILE;
  if (!file || !Number.isSafeInteger(bytes) || bytes < 0) notFound();
  const paragraphs = paragraphsOf(JSON.parse(fs.readFileSync(file, 'utf8')), bytes);
  return (
    <main>
      <h1>空白页</h1>
      {paragraphs.map((text, i) => (
        <p key={i}>{text}</p>
      ))}
      <Counter />
    </main>
  );
}
