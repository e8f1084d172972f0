import type { DiagramDocument } from '../../model/document';
import { dataDictionaryMarkdown } from './markdown';

/**
 * The data dictionary as one self-contained HTML page (inline style, no
 * scripts, nothing fetched). It renders the Markdown dictionary, whose
 * subset is small — headings, paragraphs, pipe tables, bullet lists, code
 * spans — so both formats always say the same thing. Every piece of text
 * from the document is HTML-escaped.
 */
export function dataDictionaryHtml(doc: DiagramDocument): string {
  const body = markdownToHtml(dataDictionaryMarkdown(doc));
  return [
    '<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
    `<title>${escapeHtml(`Data dictionary: ${doc.name}`)}</title>`,
    `<style>${STYLE}</style>`, '</head>', '<body>', body, '</body>', '</html>', '',
  ].join('\n');
}

const STYLE = 'body{font:15px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#111}'
  + 'table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}'
  + 'th{background:#f3f4f6}code{background:#f3f4f6;padding:0 .2rem;border-radius:3px}h2{margin-top:2rem;border-bottom:1px solid #ddd}';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Inline Markdown: code spans verbatim (escaped), everything else escaped. */
function inline(text: string): string {
  return text.split(/(`[^`]*`)/).map((part) => (part.startsWith('`') && part.endsWith('`') && part.length > 1
    ? `<code>${escapeHtml(part.slice(1, -1))}</code>` : escapeHtml(part.replace(/\\\|/g, '|')))).join('');
}

function cells(row: string): string[] {
  return row.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((cell) => cell.trim());
}

export function markdownToHtml(markdown: string): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    if (heading) {
      out.push(`<h${heading[1]!.length}>${inline(heading[2]!)}</h${heading[1]!.length}>`);
      i++;
    } else if (line.startsWith('|') && lines[i + 1]?.startsWith('|---')) {
      out.push('<table>', `<thead><tr>${cells(line).map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead>`, '<tbody>');
      for (i += 2; lines[i]?.startsWith('|'); i++) out.push(`<tr>${cells(lines[i]!).map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`);
      out.push('</tbody>', '</table>');
    } else if (/^ *- /.test(line)) {
      out.push('<ul>');
      for (; lines[i] !== undefined && /^ *- /.test(lines[i]!); i++) {
        const nested = /^ {2,}- (.*)$/.exec(lines[i]!);
        if (nested) out.push(`<ul><li>${inline(nested[1]!)}</li></ul>`);
        else out.push(`<li>${inline(lines[i]!.replace(/^- /, ''))}</li>`);
      }
      out.push('</ul>');
    } else if (line.trim() === '') {
      i++;
    } else {
      const paragraph: string[] = [];
      for (; lines[i] !== undefined && lines[i]!.trim() !== '' && !/^(#|\||- )/.test(lines[i]!); i++) paragraph.push(lines[i]!);
      out.push(`<p>${inline(paragraph.join(' '))}</p>`);
    }
  }
  return out.join('\n');
}
