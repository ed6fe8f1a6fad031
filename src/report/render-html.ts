import type { Block, ReportModel } from './report-model';

const escape = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level + 1}>${escape(b.text)}</h${b.level + 1}>`;
    case 'paragraph':
      return `<p class="${b.style ?? 'normal'}">${escape(b.text)}</p>`;
    case 'bullets':
      return `<ul>${b.items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>`;
    case 'contents':
      return '';
    case 'table': {
      const head = b.columns.some((c) => c.title)
        ? `<thead><tr>${b.columns.map((c) => `<th style="width:${c.width}%">${escape(c.title)}</th>`).join('')}</tr></thead>`
        : '';
      const rows = b.rows
        .map(
          (row) =>
            `<tr>${row
              .map(
                (c) =>
                  `<td${c.span ? ` colspan="${c.span}"` : ''}${c.align ? ` style="text-align:${c.align}"` : ''}>${[
                    c.text,
                    ...(c.more ?? []),
                  ]
                    .map((x) => (x ? escape(x) : '&nbsp;'))
                    .join('<br>')}</td>`,
              )
              .join('')}</tr>`,
        )
        .join('');
      const caption = b.caption ? `<p class="caption">${escape(b.caption)}</p>` : '';
      return `<table>${head}<tbody>${rows}</tbody></table>${caption}`;
    }
  }
}

/**
 * The same document model as a self-contained HTML page to open in a browser and print (A4): no
 * script, no outside resources, every text escaped.
 */
export function renderHtml(model: ReportModel): string {
  const c = model.cover;
  const body = model.sections
    .flatMap((s) => s.blocks)
    .map(block)
    .join('\n');
  return `<!doctype html>
<html lang="${escape(model.language)}">
<head>
<meta charset="utf-8">
<title>${escape(`${c.title} — ${c.subtitle}`)}</title>
<style>
@page { size: A4; margin: 18mm 16mm; }
body { font-family: Arial, 'DejaVu Sans', sans-serif; font-size: 10.5pt; color: #111; max-width: 48rem; margin: 1rem auto; }
header { border-bottom: 2px solid #1d3557; margin-bottom: 1rem; }
h1 { color: #1d3557; font-size: 18pt; } h2 { color: #1d3557; font-size: 14pt; break-before: page; }
h3 { font-size: 11pt; margin-top: 1.2rem; break-after: avoid; }
.note, .caption { color: #444; font-size: 9.5pt; } .caption { font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: 0.3rem 0 0.6rem; break-inside: avoid; }
th, td { border: 1px solid #a6afbb; padding: 0.25rem 0.4rem; vertical-align: top; text-align: left; }
th { background: #1d3557; color: #fff; }
ul { list-style: none; padding-left: 0.5rem; }
.marking { font-weight: bold; text-transform: uppercase; }
</style>
</head>
<body>
<header>
<p class="marking">${escape(c.marking)}</p>
<h1>${escape(c.title)}</h1>
<p>${escape(c.subtitle)}</p>
<p>${escape(c.versionLine)}</p>
<p class="note">${escape(c.basedOn)}</p>
</header>
${body}
</body>
</html>
`;
}
