/**
 * The building blocks of a report body, styled by printStyle.ts. Every helper escapes the text it is given;
 * a cell or block passed as `Html` is markup a helper made (or the caller escaped).
 */

export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Markup that is already safe to place in the page. */
export interface Html {
  readonly html: string;
}
export const html = (markup: string): Html => ({ html: markup });

/** Text (escaped here) or markup made by a helper. */
export type Content = string | Html | null | undefined;
const render = (c: Content): string => (c == null ? '' : typeof c === 'string' ? escapeHtml(c) : c.html);

/**
 * How a column lays out: `short` never wraps (names, codes, statuses, dates, phone numbers), `num` never
 * wraps and aligns right (counts, amounts), `text` takes the remaining width and wraps (free text, e-mail).
 */
export type ColumnKind = 'short' | 'num' | 'text';

export interface PrintColumn<R> {
  label: string;
  kind: ColumnKind;
  cell: (row: R) => Content;
}

/**
 * A table whose header repeats on every page and whose column widths come from their content; a `compact`
 * one (a few short columns) is as wide as it needs instead of the page's width.
 */
export function printTable<R>(
  columns: readonly PrintColumn<R>[],
  rows: readonly R[],
  options: { compact?: boolean } = {},
): Html {
  const head = columns.map((c) => `<th class="${c.kind}">${escapeHtml(c.label)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${columns.map((c) => `<td class="${c.kind}">${render(c.cell(r))}</td>`).join('')}</tr>`)
    .join('');
  return html(
    `<table${options.compact ? ' class="compact"' : ''}><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`,
  );
}

export interface KeyValue {
  label: string;
  value: Content;
}

/**
 * Label–value pairs, two pairs to a row; a `wide` pair takes a row of its own. With `labelWidth` the label
 * columns have that width (their text wraps) and the values the rest, so several tables of a form line up
 * and a table of wide pairs alone gives its values the page's width.
 */
export function keyValueTable(
  rows: readonly (readonly [KeyValue, KeyValue] | { wide: KeyValue })[],
  options: { labelWidth?: string } = {},
): Html {
  const th = (kv: KeyValue) => `<th>${escapeHtml(kv.label)}</th>`;
  const body = rows
    .map((r) =>
      'wide' in r
        ? `<tr>${th(r.wide)}<td colspan="3">${render(r.wide.value)}</td></tr>`
        : `<tr>${th(r[0])}<td>${render(r[0].value)}</td>${th(r[1])}<td>${render(r[1].value)}</td></tr>`,
    )
    .join('');
  if (!options.labelWidth) return html(`<table class="kv"><tbody>${body}</tbody></table>`);
  const label = `<col style="width: ${escapeHtml(options.labelWidth)}">`;
  return html(
    `<table class="kv fixed"><colgroup>${label}<col>${label}<col></colgroup><tbody>${body}</tbody></table>`,
  );
}

/** Key figures side by side; a figure's value and its label never part, nor does the row. */
export function figures(items: readonly { label: string; value: string }[]): Html {
  return html(
    `<div class="figures">${items
      .map(
        (f) =>
          `<div class="figure"><div class="value">${escapeHtml(f.value)}</div><div class="label">${escapeHtml(f.label)}</div></div>`,
      )
      .join('')}</div>`,
  );
}

/** Blocks that stay on one page together (a heading with its figures, a short summary). */
export function keepTogether(...blocks: Content[]): Html {
  return html(`<div class="keep">${blocks.map(render).join('')}</div>`);
}

export const heading = (level: 2 | 3, text: string, extra?: Content): Html =>
  html(`<h${level}>${escapeHtml(text)}${extra ? ` ${render(extra)}` : ''}</h${level}>`);

/** What the report is about (a client's name), under the title. */
export const subject = (text: string): Html => html(`<div class="subject">${escapeHtml(text)}</div>`);

/** An e-mail address that breaks after its @ before it breaks anywhere else. */
export const email = (address: string | null | undefined): Html | null =>
  address ? html(escapeHtml(address).replace('@', '@<wbr>')) : null;

/** Text that never wraps inside a line that may (a date in a sentence). */
export const nowrap = (text: string): Html => html(`<span class="nowrap">${escapeHtml(text)}</span>`);

/** A word on a coloured ground (a risk level, an indicator's state): the colour never says it alone. */
export const chip = (colors: { fill: string; text: string }, text: string): Html =>
  html(
    `<span class="chip" style="background:${colors.fill};color:${colors.text}">${escapeHtml(text)}</span>`,
  );

export const muted = (text: string): Html => html(`<span class="muted">${escapeHtml(text)}</span>`);

export const note = (text: string): Html => html(`<div class="note">${escapeHtml(text)}</div>`);

export const join = (...blocks: Content[]): Html => html(blocks.map(render).join('\n'));

/**
 * Lines to sign on: one row per person (a role), each with a line for the signature and one for the date,
 * tall enough to write on by hand. The block never splits across pages.
 */
export function signatureLines(roles: readonly string[], words: { signature: string; date: string }): Html {
  const rows = roles
    .map(
      (role) =>
        `<tr><th>${escapeHtml(role)}</th><td class="sign-label">${escapeHtml(words.signature)}</td><td class="line"></td>` +
        `<td class="sign-label">${escapeHtml(words.date)}</td><td class="line date"></td></tr>`,
    )
    .join('');
  return html(`<table class="signatures"><tbody>${rows}</tbody></table>`);
}
