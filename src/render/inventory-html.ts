import { enReportText } from '../locales/en-report.js';
import type { ReportText } from '../locales/types.js';
import type { InventoryReport } from '../inventory/report.js';
import { cellHtml } from './cell-html.js';
import { escapeHtml } from './escape.js';
import { inventoryTables, reportFormat, type ReportTable, type ReportFormat } from './inventory-tables.js';
import { barChartSvg, heatMapSvg } from './svg-charts.js';

/**
 * Options for {@link inventoryHtml}.
 * @example inventoryHtml(report, { locale: sv, title: 'Partnerinventering 2025' })
 * @category Render
 */
export interface InventoryHtmlOptions {
  /** The language of headings, labels and numbers, and the page's `lang`; English by default. */
  readonly locale?: ReportText;
  /** The page title and main heading; the locale's report title by default. */
  readonly title?: string;
}

// System fonts only: the file must open offline and fetch nothing. Nothing may widen the
// page: a table too wide for its window scrolls in its own region (focusable, so a
// keyboard can scroll it too), text outside tables breaks anywhere it must, and the
// visually hidden table sits in a 1 px box that clips it, since a table is never
// narrower than its content.
const style = `
:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.45;color:#0f172a;background:#fff}
body{margin:0}main{max-width:76rem;margin:0 auto;padding:1.5rem;overflow-wrap:anywhere}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #e2e8f0}
table{border-collapse:collapse;margin:.5rem 0 1.5rem;font-size:.9rem;overflow-wrap:normal}.scroll{overflow-x:auto;position:relative}
th,td{border:1px solid #cbd5e1;padding:.3rem .55rem;text-align:left;vertical-align:top}
thead th{background:#f1f5f9}tbody th{font-weight:600}
.num{text-align:right;font-variant-numeric:tabular-nums}td.num{white-space:nowrap}
figure{margin:1rem 0}figcaption{font-size:.85rem;color:#475569}
svg.chart{max-width:100%;height:auto;font-family:inherit}svg text{pointer-events:none}
svg .bar{fill:#2563eb}svg .label,svg .value{fill:#0f172a}svg .cell{stroke:#cbd5e1}
.visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media print{main{max-width:none;padding:0}figure{break-inside:avoid}}
`.trim();

const tableId = (key: string): string => `table-${key}`;

const tableHtml = (
  table: Pick<ReportTable, 'columns' | 'rows'>,
  id: string,
  caption?: string,
): string => {
  const cls = (numeric: boolean): string => (numeric ? ' class="num"' : '');
  const head = table.columns.map((c) => `<th scope="col"${cls(c.numeric)}>${escapeHtml(c.label)}</th>`).join('');
  const body = table.rows
    .map((cells) => {
      const html = cells.map((cell, i) => {
        const numeric = table.columns[i]?.numeric ?? false;
        // The first cell names the row, so screen readers announce it with each value.
        return i === 0 ? `<th scope="row"${cls(numeric)}>${cellHtml(cell)}</th>` : `<td${cls(numeric)}>${cellHtml(cell)}</td>`;
      });
      return `<tr>${html.join('')}</tr>`;
    })
    .join('\n');
  const captionHtml = caption === undefined ? '' : `<caption>${escapeHtml(caption)}</caption>`;
  return `<table id="${escapeHtml(id)}">${captionHtml}<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`;
};

const figure = (svg: string, caption: string): string =>
  `<figure>${svg}<figcaption aria-hidden="true">${escapeHtml(caption)}</figcaption></figure>`;

/** The chart that goes above a table, if any: bars of partners per function or category. */
const chartFor = (table: ReportTable, report: InventoryReport, text: ReportFormat): string => {
  const r = text.locale.render;
  const value = (count: number, share: number): string => r.barValue({ count: text.count(count), share: text.share(share) });
  if (table.key === 'functions') {
    return figure(
      barChartSvg({
        name: 'functions',
        title: r.charts.functions,
        dataName: 'function',
        describedBy: tableId(table.key),
        bars: report.functions.map((f) => ({
          key: f.function,
          label: text.locale.functions[f.function].label,
          value: f.count,
          valueText: value(f.count, f.share),
        })),
      }),
      r.charts.functions,
    );
  }
  if (table.key === 'categories') {
    return figure(
      barChartSvg({
        name: 'categories',
        title: r.charts.categories,
        dataName: 'category',
        describedBy: tableId(table.key),
        bars: report.categories.map((c) => ({
          key: c.category,
          label: text.category(c.category),
          value: c.count,
          valueText: value(c.count, c.share),
        })),
      }),
      r.charts.categories,
    );
  }
  return '';
};

/**
 * The heat map of category × managing unit, with a hidden table of the same counts for
 * screen readers. Rows are the categories that have partners; columns are the units,
 * most partners first, plus "no owner" when some partners have none.
 */
const heatMapSection = (report: InventoryReport, text: ReportFormat): string => {
  const r = text.locale.render;
  const present = report.categories.filter((c) => c.count > 0);
  const unowned = present.map((c) => c.count - c.managedBy.reduce((sum, u) => sum + u.count, 0));
  const columns = report.units.map((u) => ({ key: u.unit, label: text.unit(u.unit) }));
  // A unit is never '' (the inventory treats an empty managedBy as no owner), so '' is
  // free to key the no-owner column.
  if (unowned.some((n) => n > 0)) columns.push({ key: '', label: r.noOwner });
  const rows = present.map((c) => ({ key: c.category, label: text.category(c.category) }));
  const counts = present.map((c, i) =>
    columns.map((col) => (col.key === '' ? (unowned[i] ?? 0) : (c.managedBy.find((u) => u.unit === col.key)?.count ?? 0))),
  );
  const heading = `<h2 id="h-heatMap">${escapeHtml(r.headings.heatMap)}</h2>`;
  if (rows.length === 0 || columns.length === 0) return `<section aria-labelledby="h-heatMap">${heading}<p>${escapeHtml(r.none)}</p></section>`;
  const id = tableId('heatMap');
  const svg = heatMapSvg({
    name: 'heat-map',
    title: r.charts.heatMap,
    rows,
    rowDataName: 'category',
    columns,
    columnDataName: 'unit',
    counts,
    describedBy: id,
    formatCount: text.count,
    cellTitle: (category, unit, count) => r.cell({ category, unit, count }),
  });
  const table = tableHtml(
    {
      columns: [{ label: text.locale.render.columns.category, numeric: false }, ...columns.map((c) => ({ label: c.label, numeric: true }))],
      rows: rows.map((row, i) => [row.label, ...(counts[i] ?? []).map(text.count)]),
    },
    id,
    r.charts.heatMap,
  );
  return `<section aria-labelledby="h-heatMap">${heading}\n${figure(svg, r.charts.heatMap)}\n<div class="visually-hidden">${table}</div></section>`;
};

/**
 * Renders an inventory report as one self-contained HTML page: the same tables as
 * {@link inventoryMarkdown}, bar charts of partners per function and per category, and a
 * heat map of where each category is managed, all as inline SVG with text labels, titles
 * and data tables for screen readers. The page has no script and loads nothing: styles
 * are inline, fonts are the system's, and a Content-Security-Policy forbids the rest.
 * Every value from the records is escaped, so a unit named `<script>` is shown as text.
 * The page fits its window, a phone's too: a table too wide scrolls in its own region,
 * and a value longer than 40 characters is shortened, its whole cell in a tooltip and
 * read in full by screen readers.
 * @param report - What `inventory` returned.
 * @param options - The language and the page title.
 * @returns A complete HTML document.
 * @example
 * const report = inventory(parsePartnerRecords(rows).records);
 * writeFileSync('inventory.html', inventoryHtml(report, { title: 'Partners, Q3' }));
 * @category Render
 */
export function inventoryHtml(report: InventoryReport, options: InventoryHtmlOptions = {}): string {
  const text = reportFormat(options.locale ?? enReportText);
  const r = text.locale.render;
  const title = options.title ?? r.title;
  const sections = inventoryTables(report, text).map((table) => {
    const heading = `<h2 id="h-${table.key}">${escapeHtml(table.heading)}</h2>`;
    const body =
      table.rows.length === 0
        ? `<p>${escapeHtml(r.none)}</p>`
        : `<div class="scroll" role="group" aria-labelledby="h-${table.key}" tabindex="0">${tableHtml(table, tableId(table.key))}</div>`;
    const section = `<section aria-labelledby="h-${table.key}">${heading}\n${chartFor(table, report, text)}${body}</section>`;
    // The heat map follows the table of units, whose question (who manages what) it draws.
    return table.key === 'units' ? `${section}\n${heatMapSection(report, text)}` : section;
  });
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(text.locale.code)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(title)}</h1>`,
    ...sections,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
