import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '../../shared/contract/fields';
import { newId } from '../core/ids';
import { fontFaceCss } from './fonts';
import { escapeHtml, type Html } from './printBlocks';
import { printStylesheet } from './printStyle';
import type { Printer } from './printer';

export { escapeHtml } from './printBlocks';

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
 * (print time, page x / y) in CSS margin boxes, and the one print stylesheet (printStyle.ts).
 */
export function reportHtml(frame: ReportFrame, body: string | Html, fontsDir: string): string {
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
${printStylesheet(font)}
</style></head>
<body>
<h1>${escapeHtml(frame.title)}</h1>
${frame.subtitle ? `<div class="subtitle">${escapeHtml(frame.subtitle)}</div>` : ''}
${typeof body === 'string' ? body : body.html}
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
