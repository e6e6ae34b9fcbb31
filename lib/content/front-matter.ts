import { VFile } from 'vfile';
import { matter } from 'vfile-matter';
import { YAMLError } from 'yaml';

export type SplitResult =
  | { ok: true; data: Record<string, unknown>; body: string; hasFrontMatter: boolean; bodyLine: number }
  | { ok: false; message: string };

/**
 * Splits `---` YAML front matter from the body. Scraped posts often start with a blank line
 * before the opening `---`; Hexo tolerates that, so do we. YAML 1.2 keeps dates as strings, which
 * lets `parseContentDate` read wall-clock times in the site's time zone instead of as UTC.
 */
export function splitFrontMatter(raw: string): SplitResult {
  const leading = /^(?:[ \t]*\r?\n)*/.exec(raw)![0];
  const text = raw.slice(leading.length);
  if (!/^---\r?\n/.test(text)) return { ok: true, data: {}, body: raw, hasFrontMatter: false, bodyLine: 1 };
  const file = new VFile(text);
  try {
    matter(file, { strip: true });
  } catch (error) {
    const offset = countLines(leading) + 1;
    if (error instanceof YAMLError) {
      const line = (error.linePos?.[0]?.line ?? 0) + offset;
      // YAML's own "at line N" counts from the first front-matter line; only the file line is shown.
      const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      return { ok: false, message: `front matter is not valid YAML (line ${line}): ${reason}` };
    }
    return { ok: false, message: `front matter could not be read: ${String(error)}` };
  }
  const data = file.data.matter;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, message: 'front matter must be a YAML mapping of `key: value` lines' };
  }
  const body = String(file.value);
  return { ok: true, data: data as Record<string, unknown>, body, hasFrontMatter: true, bodyLine: countLines(raw) - countLines(body) + 1 };
}

function countLines(text: string): number {
  return text.split(/\r?\n/).length - 1;
}
