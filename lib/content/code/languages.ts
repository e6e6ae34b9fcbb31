/**
 * The languages code blocks are highlighted in, by the name Shiki's grammar has, with the name a
 * reader sees on the block. The set: every language fenced code and `{% codeblock %}` use in the four
 * real Hexo blogs of the test data (js, bash, java, cpp, html, markdown, powershell, sql, ts, python,
 * css, json, ini, yaml, jsx, bat, xml, dockerfile, matlab, csharp, toml, nginx, vue…), and the usual
 * ones of Chinese tech blogs. Each costs load time in every build worker (scripts/bench/highlight.ts),
 * so a language nobody writes is left out: it stays plain, which is not a mistake.
 */
export const LANGUAGE_LABELS = {
  javascript: 'JavaScript',
  typescript: 'TypeScript',
  jsx: 'JSX',
  tsx: 'TSX',
  json: 'JSON',
  html: 'HTML',
  css: 'CSS',
  scss: 'SCSS',
  less: 'Less',
  vue: 'Vue',
  shellscript: 'Shell',
  shellsession: 'Console',
  powershell: 'PowerShell',
  bat: 'Batch',
  python: 'Python',
  java: 'Java',
  kotlin: 'Kotlin',
  groovy: 'Groovy',
  scala: 'Scala',
  go: 'Go',
  rust: 'Rust',
  c: 'C',
  cpp: 'C++',
  csharp: 'C#',
  'objective-c': 'Objective-C',
  swift: 'Swift',
  dart: 'Dart',
  php: 'PHP',
  ruby: 'Ruby',
  lua: 'Lua',
  r: 'R',
  matlab: 'MATLAB',
  sql: 'SQL',
  graphql: 'GraphQL',
  yaml: 'YAML',
  toml: 'TOML',
  ini: 'INI',
  properties: 'Properties',
  xml: 'XML',
  markdown: 'Markdown',
  latex: 'LaTeX',
  diff: 'Diff',
  docker: 'Dockerfile',
  nginx: 'Nginx',
  apache: 'Apache',
  make: 'Makefile',
  http: 'HTTP',
  csv: 'CSV',
} as const;

export type LanguageId = keyof typeof LANGUAGE_LABELS;

/**
 * Every other name an author may write for a language, lower-cased: highlight.js's (Hexo's
 * highlighter, so a blog's posts mean what they meant there: `c++`, `sh`, `zsh`, `objc`, `yml`,
 * `golang`, `cmd`, `ps1`…), Shiki's and GitHub's. Where they disagree the reader's intent wins:
 * `shell` is a script (as on GitHub), not highlight.js's prompt-and-output session, which is
 * `console`; `html` and `toml` get their own grammars rather than highlight.js's XML and INI.
 */
const ALIASES: Record<string, LanguageId> = {
  js: 'javascript', node: 'javascript', nodejs: 'javascript', mjs: 'javascript', cjs: 'javascript', javascriptreact: 'jsx',
  ts: 'typescript', mts: 'typescript', cts: 'typescript', typescriptreact: 'tsx',
  jsonc: 'json', json5: 'json', jsonl: 'json',
  htm: 'html', xhtml: 'html',
  sh: 'shellscript', bash: 'shellscript', zsh: 'shellscript', shell: 'shellscript', ksh: 'shellscript', shellscript: 'shellscript',
  console: 'shellsession', 'shell-session': 'shellsession', terminal: 'shellsession',
  ps: 'powershell', ps1: 'powershell', psm1: 'powershell', pwsh: 'powershell',
  batch: 'bat', cmd: 'bat', dos: 'bat', batchfile: 'bat',
  py: 'python', python3: 'python', py3: 'python', gyp: 'python',
  kt: 'kotlin', kts: 'kotlin',
  gradle: 'groovy',
  golang: 'go',
  rs: 'rust',
  h: 'c',
  'c++': 'cpp', cc: 'cpp', cxx: 'cpp', hpp: 'cpp', hh: 'cpp', hxx: 'cpp', 'h++': 'cpp',
  'c#': 'csharp', cs: 'csharp',
  objc: 'objective-c', objectivec: 'objective-c', 'obj-c': 'objective-c',
  rb: 'ruby', gemspec: 'ruby', podspec: 'ruby',
  mysql: 'sql', pgsql: 'sql', postgres: 'sql', postgresql: 'sql', plsql: 'sql', sqlite: 'sql',
  gql: 'graphql',
  yml: 'yaml',
  // Configuration files named by their kind: INI's comments, [sections] and key = value.
  conf: 'ini', cnf: 'ini', cfg: 'ini', config: 'ini',
  svg: 'xml', rss: 'xml', atom: 'xml', xsl: 'xml', xslt: 'xml', xsd: 'xml', plist: 'xml',
  md: 'markdown', mkd: 'markdown', mkdown: 'markdown', mdown: 'markdown',
  tex: 'latex',
  patch: 'diff',
  dockerfile: 'docker',
  nginxconf: 'nginx',
  apacheconf: 'apache', htaccess: 'apache',
  makefile: 'make', mk: 'make', mak: 'make',
  https: 'http',
};

/**
 * The language a block's name (`language-C++`, `lang:yml`) means, case and surrounding spaces
 * ignored; undefined for none, for plain text (`text`, `plain`, `txt`, `output`…) and for any
 * language not bundled (`redis-cli`), which all stay plain.
 */
export function resolveLanguage(written: string | undefined): LanguageId | undefined {
  const name = (written ?? '').trim().toLowerCase();
  if (Object.hasOwn(LANGUAGE_LABELS, name)) return name as LanguageId;
  return Object.hasOwn(ALIASES, name) ? ALIASES[name] : undefined;
}

export const languageLabel = (id: LanguageId): string => LANGUAGE_LABELS[id];
