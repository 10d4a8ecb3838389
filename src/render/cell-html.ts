import { escapeHtml } from './escape.js';
import type { ReportCell } from './inventory-tables.js';

/**
 * A cell's HTML: a shortened cell shows its short text with the whole in a tooltip, and
 * screen readers read the whole instead.
 * @internal
 */
export const cellHtml = (cell: ReportCell): string =>
  typeof cell === 'string'
    ? escapeHtml(cell)
    : `<span title="${escapeHtml(cell.full)}" aria-hidden="true">${escapeHtml(cell.short)}</span><span class="visually-hidden">${escapeHtml(cell.full)}</span>`;
