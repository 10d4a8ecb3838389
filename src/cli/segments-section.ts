import type { Locale } from '../locales/types.js';
import { escapeHtml, escapeMarkdownCell } from '../render/escape.js';
import { cellHtml } from '../render/cell-html.js';
import { shorten } from '../render/shorten.js';
import type { Segment } from '../segment/segment.js';
import type { CliText } from './text/types.js';

// The inventory renderers know nothing of named segments (they live in the user's rule
// file, not in the report), so the CLI adds their counts as one more section.

interface Rows {
  readonly heading: string;
  readonly labels: readonly [string, string, string];
  readonly rows: readonly (readonly [string, string, string])[];
}

function rows(segments: readonly Segment<unknown>[], locale: Locale, text: CliText): Rows {
  const percent = new Intl.NumberFormat(locale.code, { style: 'percent', maximumFractionDigits: 1 });
  const count = new Intl.NumberFormat(locale.code);
  const s = text.segments;
  return {
    heading: s.heading,
    labels: [s.segment, s.partners, s.share],
    rows: segments.map((g) => [g.key, count.format(g.count), percent.format(g.share)] as const),
  };
}

/**
 * The named segments as a Markdown section, to append to `inventoryMarkdown`.
 * @example segmentsMarkdown(matchSegments(records, definitions, { keep: 'none' }), en, enText)
 */
export function segmentsMarkdown(segments: readonly Segment<unknown>[], locale: Locale, text: CliText): string {
  const { heading, labels, rows: body } = rows(segments, locale, text);
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeMarkdownCell).join(' | ')} |`;
  return ['', `## ${escapeMarkdownCell(heading)}`, '', line(labels), '| --- | ---: | ---: |', ...body.map(line), ''].join('\n');
}

/**
 * The named segments as an HTML section, placed at the end of `inventoryHtml`'s main.
 * @example withSegmentsHtml(inventoryHtml(report), counts, sv, svText)
 */
export function withSegmentsHtml(html: string, segments: readonly Segment<unknown>[], locale: Locale, text: CliText): string {
  const { heading, labels, rows: body } = rows(segments, locale, text);
  const num = (i: number): string => (i > 0 ? ' class="num"' : '');
  // A segment's name is shortened on the page as the report's own values are.
  const name = (key: string): string => (shorten(key) === key ? escapeHtml(key) : cellHtml({ short: shorten(key), full: key }));
  const head = `<tr>${labels.map((v, i) => `<th scope="col"${num(i)}>${escapeHtml(v)}</th>`).join('')}</tr>`;
  const row = (values: readonly string[]): string =>
    `<tr>${values.map((v, i) => (i === 0 ? `<th scope="row">${name(v)}</th>` : `<td${num(i)}>${escapeHtml(v)}</td>`)).join('')}</tr>`;
  const section = [
    '<section aria-labelledby="h-segments">',
    `<h2 id="h-segments">${escapeHtml(heading)}</h2>`,
    `<table><thead>${head}</thead><tbody>${body.map(row).join('')}</tbody></table>`,
    '</section>',
  ].join('\n');
  const end = html.lastIndexOf('</main>');
  return end < 0 ? `${html}${section}\n` : `${html.slice(0, end)}${section}\n${html.slice(end)}`;
}
