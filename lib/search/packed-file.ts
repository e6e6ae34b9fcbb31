import type { PackedSearchIndex } from './packed';

/** Bumped whenever the layout or the tokenizer changes, so an old file is rebuilt, not misread. */
const SEARCH_FILE_VERSION = 4;

/** "YUED" as a Uint32 in the writer's byte order: a reader of the other order sees it reversed. */
const MAGIC = 0x59554544;
const REVERSED_MAGIC = 0x44455559;
/** Magic and header length, each a Uint32. */
const PREFIX_BYTES = 8;

type Header = {
  version: number;
  fingerprint: string;
  slugs: string[];
  dates: number[];
  words: string[];
  bigrams: string[];
  postings: number;
  textBytes: number;
};

type SearchIndexFile = { fingerprint: string; index: PackedSearchIndex };

/**
 * The file `npm run build` writes and each server reads: a short JSON header (slugs, dates, terms),
 * then the packed arrays as they lie in memory. Reading it is one read and a few views, with no
 * parse of 13 million numbers: at 10,000 articles the first search of a new server instance waits
 * for the disk, not for JSON.parse.
 *
 *   magic (Uint32) · header length H (Uint32) · header, H bytes of JSON · zero padding to 4 bytes ·
 *   listStarts (Uint32 × terms + 1) · postings (Int32) · textStarts (Uint32 × documents + 1) · texts (UTF-8)
 *
 * Numbers are in the writer's byte order; the build and the server run on the same kind of machine.
 */
export function encodeSearchIndexFile({ fingerprint, index }: SearchIndexFile): Buffer[] {
  const header: Header = {
    version: SEARCH_FILE_VERSION,
    fingerprint,
    slugs: index.slugs,
    dates: Array.from(index.dates),
    words: [...index.terms.words.keys()],
    bigrams: [...index.terms.bigrams.keys()],
    postings: index.postings.length,
    textBytes: index.texts.length,
  };
  const headerBytes = Buffer.from(JSON.stringify(header));
  const prefix = Buffer.alloc(PREFIX_BYTES);
  const prefixView = new Uint32Array(prefix.buffer, prefix.byteOffset, 2);
  prefixView[0] = MAGIC;
  prefixView[1] = headerBytes.length;
  const padding = Buffer.alloc(alignedTo4(PREFIX_BYTES + headerBytes.length) - PREFIX_BYTES - headerBytes.length);
  const bytesOf = (array: Uint32Array | Int32Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  return [prefix, headerBytes, padding, bytesOf(index.listStarts), bytesOf(index.postings), bytesOf(index.textStarts), index.texts];
}

/** The index in `bytes` (a whole file), viewing them rather than copying; otherwise what is wrong with them. */
export function decodeSearchIndexFile(bytes: Buffer): SearchIndexFile | string {
  // The typed views below need their offsets on a multiple of 4.
  const file = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
  if (file.length < PREFIX_BYTES) return 'is truncated';
  const [magic, headerLength] = new Uint32Array(file.buffer, file.byteOffset, 2) as unknown as [number, number];
  if (magic === REVERSED_MAGIC) return 'was written on a machine of the other byte order';
  if (magic !== MAGIC) return 'is not a search index file';
  if (file.length < PREFIX_BYTES + headerLength) return 'is truncated';
  let header: Header;
  try {
    header = JSON.parse(file.toString('utf8', PREFIX_BYTES, PREFIX_BYTES + headerLength)) as Header;
  } catch (error) {
    return `has an unreadable header (${(error as Error).message})`;
  }
  if (header.version !== SEARCH_FILE_VERSION) return `has format ${header.version}, not ${SEARCH_FILE_VERSION}`;

  const termCount = header.words.length + header.bigrams.length;
  let offset = alignedTo4(PREFIX_BYTES + headerLength);
  const take = <T>(View: { new (buffer: ArrayBufferLike, byteOffset: number, length: number): T; BYTES_PER_ELEMENT: number }, length: number): T => {
    const view = new View(file.buffer, file.byteOffset + offset, length);
    offset += length * View.BYTES_PER_ELEMENT;
    return view;
  };
  const expected = offset + 4 * (termCount + 1 + header.postings + header.slugs.length + 1) + header.textBytes;
  if (file.length !== expected) return `is ${file.length} bytes long, not the ${expected} its header describes`;

  const listStarts = take(Uint32Array, termCount + 1);
  const postings = take(Int32Array, header.postings);
  const textStarts = take(Uint32Array, header.slugs.length + 1);
  const texts = file.subarray(offset);
  const terms = { words: new Map(header.words.map((term, n) => [term, n])), bigrams: new Map(header.bigrams.map((term, n) => [term, header.words.length + n])) };
  return { fingerprint: header.fingerprint, index: { slugs: header.slugs, dates: Float64Array.from(header.dates), texts, textStarts, terms, postings, listStarts } };
}

const alignedTo4 = (n: number) => Math.ceil(n / 4) * 4;
