import { execFileSync } from 'node:child_process';

/** The PDF's text as pdftotext (poppler) reads it: proves the report holds real, searchable text. */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

/** First page as PNG next to the PDF, for looking at. */
export function pdfFirstPagePng(file: string, outPrefix: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', file, outPrefix]);
}
