import { parse as parseYaml, YAMLParseError } from 'yaml';

export type SplitResult =
  | { ok: true; data: Record<string, unknown>; body: string; hasFrontMatter: boolean; bodyLine: number }
  | { ok: false; message: string };

/**
 * The front-matter forms Hexo reads (hexo-front-matter): between two `---` (or `;;;` for JSON)
 * fences, the closing one allowed trailing spaces; or, without an opening fence, everything before
 * the first `---` line when that is a YAML mapping. Line endings may be Windows'.
 */
const FENCED = /^(-{3,}|;{3,})[ \t]*\r?\n([\s\S]*?)(?:\r?\n)?^\1[ \t]*(?:\r?\n|$)/m;
const OPENING = /^(?:-{3,}|;{3,})[ \t]*(?:\r?\n|$)/;
const UNFENCED = /^([\s\S]+?)\r?\n(?:-{3,}|;{3,})[ \t]*(?:\r?\n|$)/;

type Parsed = { ok: true; data: unknown } | { ok: false; message: string };

/** Hexo turns tab indentation into two spaces per tab before reading YAML, which forbids tabs there. */
const untab = (yaml: string) => yaml.replace(/(\r?\n)(\t+)/g, (_, newline: string, tabs: string) => newline + '  '.repeat(tabs.length));

/** YAML 1.2 keeps dates as strings, which lets `parseContentDate` read wall-clock times in the site's time zone. */
function readYaml(text: string, firstLine: number): Parsed {
  try {
    return { ok: true, data: parseYaml(untab(text)) as unknown };
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = (error.linePos?.[0]?.line ?? 1) + firstLine - 1;
      // YAML's own "at line N" counts from the first front-matter line; only the file line is shown.
      const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      return { ok: false, message: `front matter is not valid YAML (line ${line}): ${reason}` };
    }
    return { ok: false, message: `front matter could not be read: ${String(error)}` };
  }
}

function readJson(text: string): Parsed {
  try {
    return { ok: true, data: JSON.parse(`{${text}}`) as unknown };
  } catch (error) {
    return { ok: false, message: `front matter between ;;; is not valid JSON: ${(error as Error).message}` };
  }
}

const isMapping = (data: unknown): data is Record<string, unknown> => data !== null && typeof data === 'object' && !Array.isArray(data);

function countLines(text: string): number {
  return text.split(/\r?\n/).length - 1;
}

/**
 * Splits front matter from the body, reading every form Hexo reads. Scraped posts often start with
 * blank lines before the opening `---`; Hexo's files do not, but tolerating them costs nothing.
 */
export function splitFrontMatter(raw: string): SplitResult {
  const leading = /^(?:[ \t]*\r?\n)*/.exec(raw)![0];
  const text = raw.slice(leading.length);
  const noFrontMatter: SplitResult = { ok: true, data: {}, body: raw, hasFrontMatter: false, bodyLine: 1 };
  const split = (match: RegExpExecArray, data: Record<string, unknown>): SplitResult => {
    const body = text.slice(match[0].length);
    return { ok: true, data, body, hasFrontMatter: true, bodyLine: countLines(raw) - countLines(body) + 1 };
  };

  const fenced = FENCED.exec(text);
  if (fenced) {
    const firstLine = countLines(leading) + 2;
    const parsed = fenced[1]!.startsWith(';') ? readJson(fenced[2]!) : readYaml(fenced[2]!, firstLine);
    if (!parsed.ok) return parsed;
    if (parsed.data == null) return split(fenced, {});
    if (!isMapping(parsed.data)) return { ok: false, message: 'front matter must be a YAML mapping of `key: value` lines' };
    return split(fenced, parsed.data);
  }
  // An opening fence that is never closed: Hexo reads the whole file as the body.
  if (OPENING.test(text)) return noFrontMatter;
  const unfenced = UNFENCED.exec(text);
  if (unfenced) {
    // Only a real mapping is front matter; a paragraph above a horizontal rule is body.
    const parsed = readYaml(unfenced[1]!, countLines(leading) + 1);
    if (parsed.ok && isMapping(parsed.data)) return split(unfenced, parsed.data);
  }
  return noFrontMatter;
}
