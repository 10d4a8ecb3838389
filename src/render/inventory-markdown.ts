import { enReportText } from '../locales/en-report.js';
import type { ReportText } from '../locales/types.js';
import type { InventoryReport } from '../inventory/report.js';
import { escapeMarkdownCell } from './escape.js';
import { inventoryTables, reportFormat, type ReportCell, type ReportTable } from './inventory-tables.js';

/**
 * Options for {@link inventoryMarkdown}.
 * @example inventoryMarkdown(report, { locale: sv })
 * @category Render
 */
export interface InventoryMarkdownOptions {
  /** The language of headings, labels and numbers; English by default. */
  readonly locale?: ReportText;
}

const tableMarkdown = (table: ReportTable, none: string): string[] => {
  const lines = [`## ${escapeMarkdownCell(table.heading)}`, ''];
  if (table.rows.length === 0) return [...lines, escapeMarkdownCell(none), ''];
  // A wiki table keeps every value whole.
  const row = (cells: readonly ReportCell[]): string =>
    `| ${cells.map((c) => escapeMarkdownCell(typeof c === 'string' ? c : c.full)).join(' | ')} |`;
  lines.push(row(table.columns.map((c) => c.label)));
  lines.push(`| ${table.columns.map((c) => (c.numeric ? '---:' : '---')).join(' | ')} |`);
  for (const cells of table.rows) lines.push(row(cells));
  return [...lines, ''];
};

/**
 * Renders an inventory report as Markdown tables to paste into a wiki or an issue: the
 * summary, coverage by function and by category, the categories without partners (and
 * the required ones among them), the units and what they manage, the categories managed
 * in several places, the mismatches and the undecided records with their reasons, and
 * the answers to the five diagnostic questions. Every value from the records is escaped,
 * so a unit named `<script>` or `a|b` stays text in its cell.
 * @param report - What `inventory` returned.
 * @param options - The language.
 * @returns GitHub-flavoured Markdown, ending with a newline.
 * @example
 * const report = inventory(parsePartnerRecords(rows).records);
 * inventoryMarkdown(report).startsWith('# Partner inventory') // true
 * @category Render
 */
export function inventoryMarkdown(report: InventoryReport, options: InventoryMarkdownOptions = {}): string {
  const text = reportFormat(options.locale ?? enReportText);
  const lines = [`# ${escapeMarkdownCell(text.locale.render.title)}`, ''];
  for (const table of inventoryTables(report, text)) lines.push(...tableMarkdown(table, text.locale.render.none));
  return `${lines.join('\n').trimEnd()}\n`;
}
