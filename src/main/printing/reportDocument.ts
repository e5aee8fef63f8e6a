import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '../../shared/contract/fields';
import { newId } from '../core/ids';
import { fontFaceCss } from './fonts';
import type { Printer } from './printer';

export interface ReportFrame {
  locale: Locale;
  departmentName: string;
  title: string;
  /** e.g. the period, or "as of" date; shown under the title and in the page header. */
  subtitle?: string;
  printedAtLabel: string;
  /** "第 {page} / {pages} 页" with the two placeholders. */
  pageLabel: string;
}

export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A CSS string literal for `content:`; `<` is escaped too, so user text cannot close the <style> element. */
const cssString = (s: string) =>
  `"${s
    .replace(/["\\]/g, '\\$&')
    .replace(/</g, '\\3C ')
    .replace(/[\r\n]+/g, ' ')}"`;

function pageCounter(label: string): string {
  const parts = label.split(/(\{page\}|\{pages\})/);
  return parts
    .filter((p) => p !== '')
    .map((p) => (p === '{page}' ? 'counter(page)' : p === '{pages}' ? 'counter(pages)' : cssString(p)))
    .join(' ');
}

/**
 * The shell every printed report shares: A4, bundled fonts, page header (department, title) and footer
 * (print time, page x / y) in CSS margin boxes, tables whose header repeats on each page.
 */
export function reportHtml(frame: ReportFrame, body: string, fontsDir: string): string {
  const font = `'Noto Sans SC', sans-serif`;
  return `<!doctype html>
<html lang="${frame.locale}"><head><meta charset="utf-8"><title>${escapeHtml(frame.title)}</title>
<style>
${fontFaceCss(fontsDir)}
@page {
  size: A4;
  margin: 18mm 14mm 16mm 14mm;
  @top-left { content: ${cssString(frame.departmentName)}; font: 8.5pt ${font}; color: #555; }
  @top-right { content: ${cssString(frame.subtitle ? `${frame.title} · ${frame.subtitle}` : frame.title)}; font: 8.5pt ${font}; color: #555; }
  @bottom-left { content: ${cssString(frame.printedAtLabel)}; font: 8pt ${font}; color: #777; }
  @bottom-right { content: ${pageCounter(frame.pageLabel)}; font: 8pt ${font}; color: #777; }
}
* { box-sizing: border-box; }
body { font-family: ${font}; font-size: 9.5pt; color: #1f1f1f; margin: 0; }
h1 { font-size: 17pt; margin: 0 0 2mm; font-weight: 700; }
h2 { font-size: 12pt; margin: 6mm 0 2mm; font-weight: 700; break-after: avoid; }
.subtitle { color: #555; margin-bottom: 5mm; }
.figures { display: flex; gap: 4mm; margin: 3mm 0 5mm; }
.figure { border: 0.3mm solid #d9d9d9; border-radius: 1.5mm; padding: 2mm 4mm; min-width: 28mm; }
.figure .value { font-size: 14pt; font-weight: 700; }
.figure .label { color: #666; font-size: 8pt; }
table { width: 100%; border-collapse: collapse; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th { background: #f0f3f7; text-align: left; font-weight: 700; }
th, td { border: 0.25mm solid #d0d5dd; padding: 1.4mm 2mm; vertical-align: top; }
td.num, th.num { text-align: right; }
.muted { color: #888; }
.tree { margin: 0; padding-left: 5mm; }
.tree li { margin: 0.8mm 0; }
</style></head>
<body>
<h1>${escapeHtml(frame.title)}</h1>
${frame.subtitle ? `<div class="subtitle">${escapeHtml(frame.subtitle)}</div>` : ''}
${body}
</body></html>`;
}

/** Writes the report to the data folder's tmp directory, prints it, and removes the file. */
export async function printReport(printer: Printer, tmpDir: string, html: string): Promise<Uint8Array> {
  fs.mkdirSync(tmpDir, { recursive: true });
  const file = path.join(tmpDir, `report-${newId()}.html`);
  fs.writeFileSync(file, html, 'utf8');
  try {
    return await printer.printToPdf(file);
  } finally {
    fs.rmSync(file, { force: true });
  }
}
