/**
 * The one stylesheet of every printed report (docs/architecture.md, "Print style"). Reports build their bodies with the
 * helpers in printBlocks.ts, whose class names are defined here:
 *
 * - Column widths come from content. A table lays itself out automatically; a `short` or `num` column never
 *   wraps (names, codes, statuses, dates, phone numbers, amounts), so its width is its longest value, and a
 *   `text` column (free text, e-mail addresses) takes the rest and may break anywhere. Without this a Chinese
 *   name, which may break between any two characters, was squeezed to one character per line by an e-mail
 *   address, which may not break at all.
 * - Blocks never split: a key figure, a row of figures, a table row, a heading and what follows it stay on
 *   one page (`break-inside` / `break-after: avoid`).
 * - Table headers repeat on each page (`thead` as a table-header-group).
 */
export function printStylesheet(fontFamily: string): string {
  return `
* { box-sizing: border-box; }
body { font-family: ${fontFamily}; font-size: 9.5pt; color: #1f1f1f; margin: 0; line-height: 1.45; }
h1 { font-size: 17pt; margin: 0 0 2mm; font-weight: 700; }
h2 { font-size: 12pt; margin: 6mm 0 2mm; font-weight: 700; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 4mm 0 1.5mm; font-weight: 700; break-after: avoid; }
.subtitle { color: #555; margin-bottom: 5mm; }
.subject { font-size: 13pt; font-weight: 700; margin: -2mm 0 2mm; overflow-wrap: anywhere; }
.muted { color: #888; font-weight: 400; }
.note { color: #666; font-size: 8.5pt; margin: -1mm 0 2mm; break-after: avoid; }
.keep { break-inside: avoid; }

.figures { display: flex; flex-wrap: wrap; gap: 3mm 4mm; margin: 3mm 0 5mm; break-inside: avoid; }
.figure { border: 0.3mm solid #d9d9d9; border-radius: 1.5mm; padding: 2mm 4mm; min-width: 28mm; break-inside: avoid; }
.figure .value { font-size: 14pt; font-weight: 700; white-space: nowrap; }
.figure .label { color: #666; font-size: 8pt; white-space: nowrap; }

table { width: 100%; border-collapse: collapse; font-size: 8.5pt; }
table.compact { width: auto; min-width: 50%; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th { background: #f0f3f7; text-align: left; font-weight: 700; }
th, td { border: 0.25mm solid #d0d5dd; padding: 1.2mm 1.6mm; vertical-align: top; }
.nowrap { white-space: nowrap; }
.chip { display: inline-block; padding: 0 1.6mm; border-radius: 0.8mm; font-weight: 700; white-space: nowrap; }
th.short, td.short, th.num, td.num { white-space: nowrap; }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.text { white-space: pre-wrap; overflow-wrap: anywhere; }
th.text { word-break: keep-all; }

table.kv th { white-space: nowrap; }
table.kv td { width: 33%; white-space: pre-wrap; overflow-wrap: anywhere; }
table.kv.fixed { table-layout: fixed; }
table.kv.fixed th { white-space: normal; overflow-wrap: anywhere; }
table.kv.fixed td { width: auto; }

.chart { break-inside: avoid; margin: 1mm 0 4mm; }
.chart svg { display: block; max-width: 100%; height: auto; }

table.signatures { margin-top: 4mm; break-inside: avoid; }
table.signatures th, table.signatures td { border: none; background: none; padding: 7mm 1.6mm 0.8mm; vertical-align: bottom; white-space: nowrap; }
table.signatures th { width: 1%; font-weight: 700; }
table.signatures td.sign-label { width: 1%; color: #555; }
table.signatures td.line { border-bottom: 0.3mm solid #333; width: 45%; }
table.signatures td.line.date { width: 25%; }

.tree { margin: 0; padding-left: 5mm; }
.tree li { margin: 0.8mm 0; break-inside: avoid; }
`;
}
