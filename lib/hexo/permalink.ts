/**
 * Hexo's permalink patterns (hexo-util's Permalink): `:year/:month/:day/:title/` and the like.
 * `parse` reads the placeholders out of a path, `stringify` fills them in.
 */
const PARAM = /:(\w*[^_\W])/g;

const escapeRegExp = (text: string) => text.replace(/[-[\]/{}()*+?.\\^$|]/g, '\\$&');

export class Permalink {
  readonly rule: string;
  readonly params: string[] = [];
  private readonly regex: RegExp;

  constructor(rule: string, segments: Record<string, RegExp> = {}) {
    this.rule = rule;
    const source = escapeRegExp(rule).replace(PARAM, (_, name: string) => {
      this.params.push(name);
      return segments[name]?.source ?? '(.+?)';
    });
    this.regex = new RegExp(`^${source}$`);
  }

  parse(text: string): Record<string, string> | undefined {
    const match = this.regex.exec(text);
    if (!match) return undefined;
    return Object.fromEntries(this.params.map((name, i) => [name, match[i + 1]!]));
  }

  /** Fills in each placeholder; one with no value becomes `undefined`, exactly as Hexo writes it. */
  stringify(values: Record<string, unknown>): string {
    return this.rule.replace(PARAM, (_, name: string) => String(values[name]));
  }
}
