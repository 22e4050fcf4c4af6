/**
 * The markdown the READMEs are written in, as HTML: headings, paragraphs, fenced code, tables, lists, and inline code,
 * bold, italics and links. Small on purpose: the guide is made of README sections (src/guide.ts), and a construct
 * they start to use that this does not know shows up as literal text in the guide's browser test, not as a silent gap.
 */
import { escapeHtml } from './landing-page.js';

export interface MarkdownOptions {
  /** added to every heading level (a README's `##` under a guide chapter's h2: 1) */
  headingShift?: number;
  /** put before every heading's id, to keep ids unique on a page made of several documents */
  idPrefix?: string;
  /** rewrites a link's target (e.g. the published site's absolute URL to a relative one) */
  link?: (href: string) => string;
}

export function markdownToHtml(markdown: string, options: MarkdownOptions = {}): string {
  const lines = markdown.replace(/<!--[\s\S]*?-->\n?/g, '').split('\n');
  const out: string[] = [];
  const inline = (text: string) => renderInline(text, options.link ?? ((href) => href));
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    if (line.trim() === '') {
      index += 1;
      continue;
    }
    const fence = /^```(\w*)\s*$/.exec(line);
    if (fence) {
      const end = lines.findIndex((candidate, at) => at > index && /^```\s*$/.test(candidate));
      if (end === -1) throw new Error(`markdown: a code block opened with "${line}" is never closed`);
      const language = fence[1] ? ` class="language-${fence[1]}"` : '';
      out.push(`<pre><code${language}>${escapeHtml(lines.slice(index + 1, end).join('\n'))}</code></pre>`);
      index = end + 1;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const level = Math.min(6, (heading[1]?.length ?? 1) + (options.headingShift ?? 0));
      const text = heading[2] ?? '';
      out.push(`<h${level} id="${options.idPrefix ?? ''}${slug(text)}">${inline(text)}</h${level}>`);
      index += 1;
      continue;
    }
    if (line.startsWith('|')) {
      const rows: string[][] = [];
      while (index < lines.length && (lines[index] ?? '').startsWith('|')) {
        rows.push(splitRow(lines[index] ?? ''));
        index += 1;
      }
      const [head, separator, ...body] = rows;
      if (!head || !separator?.every((cell) => /^:?-+:?$/.test(cell))) {
        throw new Error(`markdown: a table needs a header row and a --- row, got "${rows[0]?.join(' | ')}"`);
      }
      out.push(
        `<table><thead><tr>${head.map((cell) => `<th>${inline(cell)}</th>`).join('')}</tr></thead><tbody>` +
          body.map((row) => `<tr>${row.map((cell) => `<td>${inline(cell)}</td>`).join('')}</tr>`).join('') +
          '</tbody></table>',
      );
      continue;
    }
    const item = /^(\s*)(-|\d+\.)\s+/.exec(line);
    if (item) {
      const ordered = item[2] !== '-';
      const items: string[] = [];
      while (index < lines.length) {
        const current = lines[index] ?? '';
        const next = /^(\s*)(-|\d+\.)\s+(.*)$/.exec(current);
        if (next && (next[2] !== '-') === ordered) items.push(next[3] ?? '');
        else if (/^\s+\S/.test(current) && items.length > 0) items[items.length - 1] += ` ${current.trim()}`;
        else break;
        index += 1;
      }
      const tag = ordered ? 'ol' : 'ul';
      out.push(`<${tag}>${items.map((text) => `<li>${inline(text)}</li>`).join('')}</${tag}>`);
      continue;
    }
    const paragraph: string[] = [];
    while (index < lines.length) {
      const current = lines[index] ?? '';
      if (current.trim() === '' || /^(```|#{1,6}\s|\||\s*(-|\d+\.)\s)/.test(current)) break;
      paragraph.push(current.trim());
      index += 1;
    }
    out.push(`<p>${inline(paragraph.join(' '))}</p>`);
  }
  return out.join('\n');
}

function splitRow(line: string): string[] {
  // Split on pipes outside inline code: a cell may hold `a | b`.
  const cells: string[] = [];
  let current = '';
  let inCode = false;
  for (const char of line.trim().replace(/^\|/, '').replace(/\|$/, '')) {
    if (char === '`') inCode = !inCode;
    if (char === '|' && !inCode) {
      cells.push(current.trim());
      current = '';
    } else current += char;
  }
  cells.push(current.trim());
  return cells;
}

function renderInline(text: string, link: (href: string) => string): string {
  // Code spans first, kept out of the other rules.
  const parts = text.split(/(`[^`]+`)/);
  return parts
    .map((part) => {
      if (/^`[^`]+`$/.test(part)) return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      return escapeHtml(part)
        .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, href: string) => {
          return `<a href="${escapeHtml(link(href.replaceAll('&amp;', '&')))}">${label}</a>`;
        })
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/(^|[\s(])_([^_]+)_(?=[\s).,;:]|$)/g, '$1<em>$2</em>');
    })
    .join('')
    .replace(/\[([^\]]*<code>[^\]]*)\]\(([^)\s]+)\)/g, (_, label: string, href: string) => {
      return `<a href="${escapeHtml(link(href.replaceAll('&amp;', '&')))}">${label}</a>`;
    });
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
