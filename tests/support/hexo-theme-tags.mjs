// Test-only stand-ins for the theme tag plugins the shared Hexo sites use (NexT, Butterfly and
// Butterfly's tag-plugins-plus), registered into the `hexo` package so that Hexo can render every
// post. They reproduce what each theme shows a reader as TEXT, in order (the oracle compares text),
// not its markup: a note shows its body; tabs show every caption, then every panel; a fold its
// title, then its body; an icon, a badge image or a player shows no text. Hexo core's own tags
// (code, blockquote, post_link, asset_img, …) are Hexo's, untouched.

const fields = (args) => args.join(' ').split(',').map((part) => part.trim());
const esc = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Butterfly's and NexT's `<!-- tab caption @icon -->…<!-- endtab -->` sections. */
function tabSections(body) {
  const sections = [];
  const pattern = /<!--\s*tab\s*(.*?)\s*-->\n?([\s\S]*?)<!--\s*endtab\s*-->/g;
  for (const match of body.matchAll(pattern)) sections.push({ caption: match[1].split('@')[0].trim(), content: match[2] });
  return sections;
}

export function registerThemeTags(hexo, theme) {
  const md = (text) => hexo.render.renderSync({ text, engine: 'markdown' });
  const block = (name, render) => hexo.extend.tag.register(name, (args, content) => render(args, content ?? ''), { ends: true });
  const inline = (name, render) => hexo.extend.tag.register(name, (args) => render(args));
  const div = (...parts) => `<div>${parts.join('')}</div>`;

  block('note', (args, body) => {
    // NexT: the arguments after the classes are a summary shown above the body; Butterfly: all style.
    const classes = new Set(['default', 'primary', 'success', 'info', 'warning', 'danger', 'no-icon']);
    const summary = theme === 'next' ? args.filter((arg) => !classes.has(arg)).join(' ') : '';
    return div(summary ? `<p>${esc(summary)}</p>` : '', md(body));
  });
  block('tip', (args, body) => div(md(body)));
  block('tabs', (args, body) => {
    const name = fields(args)[0];
    const sections = tabSections(body);
    const captions = sections.map((section, i) => `<li>${esc(section.caption || `${name} ${i + 1}`)}</li>`).join('');
    return div(`<ul>${captions}</ul>`, sections.map((section) => div(md(section.content))).join(''));
  });
  block('folding', (args, body) => {
    const parts = fields(args);
    return `<details><summary>${esc(parts.length > 1 ? parts.slice(1).join(',') : parts[0])}</summary>${md(body)}</details>`;
  });
  block('hideToggle', (args, body) => `<details><summary>${esc(fields(args)[0])}</summary>${md(body)}</details>`);
  block('hideBlock', (args, body) => div(`<button>${esc(fields(args)[0] || 'Show')}</button>`, md(body)));
  block('spoiler', (args, body) => div(args.length ? `<p>${esc(args.join(' '))}</p>` : '', md(body)));
  block('gallery', (args, body) => div(md(body)));
  block('videos', (args, body) => div(md(body)));
  // Nested tags ({% cell %}) are already rendered in a block's body, as Nunjucks does.
  block('btns', (args, body) => div(body));
  block('timeline', (args, body) => {
    const title = fields(args)[0];
    const nodes = [...body.matchAll(/<!--\s*timeline\s*(.*?)\s*-->\n?([\s\S]*?)<!--\s*endtimeline\s*-->/g)];
    return div(title ? `<p>${esc(title)}</p>` : '', nodes.map((node) => div(`<p>${esc(node[1])}</p>`, md(node[2]))).join(''));
  });
  block('sitegroup', (args, body) => div(md(body)));
  block('wow', (args, body) => div(md(body)));
  block('poem', (args, body) => {
    const [title, author] = fields(args);
    return div(`<p>${esc(title ?? '')}</p><p>${esc(author ?? '')}</p>`, md(body));
  });
  block('math', (args, body) => `<p>${esc(body)}</p>`);

  inline('cell', (args) => `<a>${esc(fields(args)[0])}</a>`);
  inline('site', (args) => {
    const [title, ...rest] = fields(args);
    const description = rest.find((part) => part.startsWith('description='));
    return div(`<p>${esc(title)}</p>`, description ? `<p>${esc(description.slice('description='.length))}</p>` : '');
  });
  inline('galleryGroup', (args) => div(`<p>${esc(args[0] ?? '')}</p><p>${esc(args[1] ?? '')}</p>`));
  for (const name of ['icon', 'ghcard', 'video', 'inlineimage', 'inlineImg', 'pdf', 'audio', 'meting', 'map', 'googleMap', 'geoqMap', 'bdage', 'set', 'image'])
    inline(name, () => '');
  inline('label', (args) => {
    if (theme === 'next') return `<mark>${esc(args.join(' ').split('@').slice(1).join('@'))}</mark>`;
    return `<mark>${esc(args.slice(0, -1).join(' ') || args[0] || '')}</mark>`;
  });
  inline('btn', (args) => `<a>${esc(fields(args)[1] ?? '')}</a>`);
  inline('button', (args) => `<a>${esc(fields(args)[1] ?? '')}</a>`);
  inline('kbd', (args) => `<kbd>${esc(args.join(' '))}</kbd>`);
  inline('checkbox', (args) => {
    const parts = fields(args);
    return `<p>${hexo.render.renderSync({ text: parts.length > 1 ? parts.slice(1).join(',') : parts[0], engine: 'markdown' }).replace(/^<p>|<\/p>\s*$/g, '')}</p>`;
  });
  inline('radio', (args) => {
    const parts = fields(args);
    return `<p>${esc(parts.length > 1 ? parts.slice(1).join(',') : parts[0])}</p>`;
  });
  inline('p', (args) => `<p>${esc(fields(args).slice(1).join(','))}</p>`);
  inline('span', (args) => `<span>${esc(fields(args).slice(1).join(','))}</span>`);
  for (const name of ['u', 'emp', 'wavy', 'del', 'psw', 'sup', 'sub']) inline(name, (args) => `<span>${esc(args.join(' '))}</span>`);
  inline('progress', (args) => `<p>${esc(args.slice(2).join(' '))}</p>`);
  inline('bubble', (args) => {
    const [word, note] = fields(args);
    return `<span>${esc(word ?? '')}<span>${esc(note ?? '')}</span></span>`;
  });
  inline('nota', (args) => {
    const [text, note] = fields(args);
    return `<span>${esc(text ?? '')}<span>${esc(note ?? '')}</span></span>`;
  });
  inline('referto', (args) => `<sup>${esc(fields(args)[0] ?? '')}</sup>`);
  inline('referfrom', (args) => {
    const [mark, text] = fields(args);
    return `<p>${esc(mark ?? '')}${esc(text ?? '')}</p>`;
  });
}
