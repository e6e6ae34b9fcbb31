import type { LanguageRegistration } from 'shiki/core';
import bat from '@shikijs/langs/bat';
import c from '@shikijs/langs/c';
import cpp from '@shikijs/langs/cpp';
import csharp from '@shikijs/langs/csharp';
import css from '@shikijs/langs/css';
import dart from '@shikijs/langs/dart';
import diff from '@shikijs/langs/diff';
import docker from '@shikijs/langs/docker';
import go from '@shikijs/langs/go';
import graphql from '@shikijs/langs/graphql';
import html from '@shikijs/langs/html';
import http from '@shikijs/langs/http';
import ini from '@shikijs/langs/ini';
import java from '@shikijs/langs/java';
import javascript from '@shikijs/langs/javascript';
import json from '@shikijs/langs/json';
import jsx from '@shikijs/langs/jsx';
import kotlin from '@shikijs/langs/kotlin';
import latex from '@shikijs/langs/latex';
import less from '@shikijs/langs/less';
import lua from '@shikijs/langs/lua';
import makefile from '@shikijs/langs/makefile';
import markdown from '@shikijs/langs/markdown';
import matlab from '@shikijs/langs/matlab';
import nginx from '@shikijs/langs/nginx';
import objectiveC from '@shikijs/langs/objective-c';
import php from '@shikijs/langs/php';
import powershell from '@shikijs/langs/powershell';
import properties from '@shikijs/langs/properties';
import python from '@shikijs/langs/python';
import r from '@shikijs/langs/r';
import ruby from '@shikijs/langs/ruby';
import rust from '@shikijs/langs/rust';
import scala from '@shikijs/langs/scala';
import scss from '@shikijs/langs/scss';
import shellscript from '@shikijs/langs/shellscript';
import shellsession from '@shikijs/langs/shellsession';
import sql from '@shikijs/langs/sql';
import swift from '@shikijs/langs/swift';
import toml from '@shikijs/langs/toml';
import tsx from '@shikijs/langs/tsx';
import typescript from '@shikijs/langs/typescript';
import vue from '@shikijs/langs/vue';
import xml from '@shikijs/langs/xml';
import yaml from '@shikijs/langs/yaml';

/**
 * The languages code blocks are highlighted in: those Chinese tech blogs write most (counted over
 * real Hexo blogs), loaded once per process. Any other language stays plain, as does a block with
 * none: that is normal, not a mistake, so it is never reported.
 */
export const LANGUAGES: LanguageRegistration[][] = [
  bat, c, cpp, csharp, css, dart, diff, docker, go, graphql, html, http, ini, java, javascript, json, jsx, kotlin, latex, less, lua,
  makefile, markdown, matlab, nginx, objectiveC, php, powershell, properties, python, r, ruby, rust, scala, scss, shellscript,
  shellsession, sql, swift, toml, tsx, typescript, vue, xml, yaml,
];

/**
 * Names Hexo's highlighter (highlight.js) reads that Shiki knows by another name or not at all,
 * lower-cased. Shiki's own aliases (js, ts, sh, bash, yml, py, …) need no entry.
 */
const HEXO_ALIASES: Record<string, string> = {
  'c++': 'cpp',
  'c#': 'csharp',
  cs: 'csharp',
  golang: 'go',
  objc: 'objective-c',
  'obj-c': 'objective-c',
  objectivec: 'objective-c',
  console: 'shellsession',
  shell: 'shellscript',
  zsh: 'shellscript',
  cmd: 'bat',
  batch: 'bat',
  ps1: 'powershell',
  ps: 'powershell',
  dockerfile: 'docker',
  conf: 'ini',
  cnf: 'ini',
  cfg: 'ini',
  svg: 'xml',
  xhtml: 'html',
  htm: 'html',
  kt: 'kotlin',
  rs: 'rust',
  rb: 'ruby',
  tex: 'latex',
  mysql: 'sql',
  plsql: 'sql',
  postgresql: 'sql',
  pgsql: 'sql',
};

/** The names authors write for plain text: a block so marked is plain, with no label. */
const PLAIN = new Set(['', 'text', 'plain', 'plaintext', 'txt', 'nohighlight', 'none', 'output']);

/** Display names for the label above a block; any other language shows the name Shiki gives it. */
const DISPLAY: Record<string, string> = {
  bat: 'Batch', c: 'C', cpp: 'C++', csharp: 'C#', css: 'CSS', docker: 'Dockerfile', go: 'Go', graphql: 'GraphQL', html: 'HTML', http: 'HTTP',
  ini: 'INI', java: 'Java', javascript: 'JavaScript', json: 'JSON', jsx: 'JSX', kotlin: 'Kotlin', latex: 'LaTeX', markdown: 'Markdown',
  'objective-c': 'Objective-C', php: 'PHP', powershell: 'PowerShell', python: 'Python', ruby: 'Ruby', rust: 'Rust', scss: 'SCSS',
  shellscript: 'Shell', shellsession: 'Shell', sql: 'SQL', swift: 'Swift', toml: 'TOML', tsx: 'TSX', typescript: 'TypeScript',
  vue: 'Vue', xml: 'XML', yaml: 'YAML',
};

export type ResolvedLanguage = { id: string; label?: string };

/**
 * What a block's language name (`language-C++`, `lang:yml`) means: the language to highlight in
 * (`canonical` says which Shiki knows a name as, if any), or `text`, keeping the author's own word
 * as the label of a language not highlighted.
 */
export function resolveLanguage(written: string, canonical: (name: string) => string | undefined): ResolvedLanguage {
  const name = written.trim().toLowerCase();
  if (PLAIN.has(name)) return { id: 'text' };
  const id = canonical(HEXO_ALIASES[name] ?? name);
  if (!id) return { id: 'text', label: written.trim() };
  return { id, label: DISPLAY[id] ?? written.trim() };
}
