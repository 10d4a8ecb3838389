import { escapeHtml } from './escape.js';
import { shorten } from './shorten.js';

/**
 * Inline SVG charts for the HTML report: plain strings, no script, no fonts, no network.
 * Sizes are in SVG user units; the page's CSS lets a chart shrink to the width it has.
 */

/** The data attributes charts set, so tests and readers can find a bar or cell by id. */
type DataName = 'category' | 'function' | 'unit';

/**
 * One bar: its id (for the data attribute), its visible label, its value and how the
 * value is printed.
 * @internal
 */
export interface Bar {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly valueText: string;
}

/**
 * A horizontal bar chart.
 * @internal
 */
export interface BarChart {
  /** Names the chart in `data-chart`. */
  readonly name: string;
  readonly title: string;
  /** The data attribute each bar carries its key in (`data-category`). */
  readonly dataName: DataName;
  readonly bars: readonly Bar[];
  /** The id of the table that gives the same figures, for screen readers. */
  readonly describedBy?: string;
}

/**
 * A heat map: a count per row and column, each cell shaded by its count.
 * @internal
 */
export interface HeatMap {
  readonly name: string;
  readonly title: string;
  readonly rows: readonly { readonly key: string; readonly label: string }[];
  readonly rowDataName: DataName;
  readonly columns: readonly { readonly key: string; readonly label: string }[];
  readonly columnDataName: DataName;
  /** `counts[row][column]`. */
  readonly counts: readonly (readonly number[])[];
  readonly cellTitle: (row: string, column: string, count: number) => string;
  readonly formatCount: (count: number) => string;
  readonly describedBy?: string;
}

// Our estimate of a character's width at the 12px chart font: good enough to size label
// columns without measuring text, which a static file cannot do.
const charWidth = 6.8;
const fontSize = 12;

const n = (value: number): string => String(Math.round(value * 10) / 10);
const labelWidth = (labels: readonly string[], min: number): number =>
  Math.max(min, Math.ceil(Math.max(0, ...labels.map((l) => shorten(l).length)) * charWidth) + 12);

const open = (chart: { name: string; title: string; describedBy?: string }, width: number, height: number): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" class="chart" data-chart="${escapeHtml(chart.name)}" role="img" ` +
  `aria-label="${escapeHtml(chart.title)}"${chart.describedBy === undefined ? '' : ` aria-describedby="${escapeHtml(chart.describedBy)}"`} ` +
  `viewBox="0 0 ${n(width)} ${n(height)}" width="${n(width)}" height="${n(height)}" font-size="${fontSize}">` +
  `<title>${escapeHtml(chart.title)}</title>`;

/**
 * Draws a horizontal bar chart: one `<rect class="bar">` per bar, with its label on the
 * left and its value on the right, both visible text.
 * @internal
 */
export function barChartSvg(chart: BarChart): string {
  const rowHeight = 24;
  const barHeight = 16;
  const left = labelWidth(chart.bars.map((b) => b.label), 80);
  const plot = 320;
  const right = Math.ceil(Math.max(0, ...chart.bars.map((b) => b.valueText.length)) * charWidth) + 16;
  const max = Math.max(1, ...chart.bars.map((b) => b.value));
  const height = chart.bars.length * rowHeight + 8;
  const parts = [open(chart, left + plot + right, height)];
  chart.bars.forEach((bar, i) => {
    const y = 4 + i * rowHeight;
    const mid = y + barHeight / 2;
    const width = (Math.max(0, bar.value) / max) * plot;
    parts.push(
      `<g><text class="label" x="${n(left - 8)}" y="${n(mid)}" text-anchor="end" dominant-baseline="central">${escapeHtml(shorten(bar.label))}</text>` +
        `<rect class="bar" data-${chart.dataName}="${escapeHtml(bar.key)}" x="${n(left)}" y="${n(y)}" width="${n(width)}" height="${barHeight}" rx="2">` +
        `<title>${escapeHtml(`${bar.label}: ${bar.valueText}`)}</title></rect>` +
        `<text class="value" x="${n(left + width + 6)}" y="${n(mid)}" dominant-baseline="central">${escapeHtml(bar.valueText)}</text></g>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}

// Cells shade from a pale to a deep blue; zero stays near white so the eye finds the
// non-empty cells first. The count is printed too, so colour is never the only cue.
const pale = [238, 242, 255] as const;
const deep = [30, 58, 138] as const;
const shade = (t: number): string =>
  `rgb(${pale.map((p, i) => Math.round(p + ((deep[i] ?? p) - p) * t)).join(',')})`;

/**
 * Draws a heat map: one `<rect class="cell">` per row and column, shaded by its count,
 * with a `<title>` naming row, column and count, and the count printed in the cell.
 * @internal
 */
export function heatMapSvg(map: HeatMap): string {
  const cellWidth = 56;
  const cellHeight = 24;
  const left = labelWidth(map.rows.map((r) => r.label), 80);
  const headerChars = Math.max(0, ...map.columns.map((c) => shorten(c.label, 24).length));
  // Column labels are turned 45°, so they need about 0.71 of their length in height.
  const top = Math.ceil(headerChars * charWidth * 0.71) + 16;
  const width = left + map.columns.length * cellWidth + top;
  const height = top + map.rows.length * cellHeight + 4;
  const max = Math.max(1, ...map.counts.flat());
  const parts = [open(map, width, height)];
  map.columns.forEach((column, j) => {
    const x = left + j * cellWidth + cellWidth / 2;
    parts.push(
      `<text class="label" x="${n(x)}" y="${n(top - 6)}" transform="rotate(-45 ${n(x)} ${n(top - 6)})">${escapeHtml(shorten(column.label, 24))}</text>`,
    );
  });
  map.rows.forEach((row, i) => {
    const y = top + i * cellHeight;
    parts.push(
      `<text class="label" x="${n(left - 8)}" y="${n(y + cellHeight / 2)}" text-anchor="end" dominant-baseline="central">${escapeHtml(shorten(row.label))}</text>`,
    );
    map.columns.forEach((column, j) => {
      const count = map.counts[i]?.[j] ?? 0;
      const t = count / max;
      const x = left + j * cellWidth;
      parts.push(
        `<rect class="cell" data-${map.rowDataName}="${escapeHtml(row.key)}" data-${map.columnDataName}="${escapeHtml(column.key)}" data-count="${count}" ` +
          `x="${n(x + 1)}" y="${n(y + 1)}" width="${cellWidth - 2}" height="${cellHeight - 2}" fill="${count === 0 ? '#f8fafc' : shade(0.15 + 0.85 * t)}">` +
          `<title>${escapeHtml(map.cellTitle(row.label, column.label, count))}</title></rect>`,
      );
      if (count > 0) {
        parts.push(
          `<text class="count" x="${n(x + cellWidth / 2)}" y="${n(y + cellHeight / 2)}" text-anchor="middle" dominant-baseline="central" fill="${t > 0.5 ? '#fff' : '#0f172a'}">${escapeHtml(map.formatCount(count))}</text>`,
        );
      }
    });
  });
  parts.push('</svg>');
  return parts.join('');
}
