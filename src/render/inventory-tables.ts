import { enReportText } from '../locales/en-report.js';
import { numberFormat } from '../locales/naming.js';
import type { Locale, ReportText } from '../locales/types.js';
import type { InventoryReport } from '../inventory/report.js';
import { isKnownUnit } from '../taxonomy/guards.js';
import { functionOf } from '../taxonomy/navigate.js';
import type { PartnerCategory } from '../taxonomy/types.js';
import { shorten } from './shorten.js';

/**
 * One column of a report table.
 * @internal
 */
export interface ReportColumn {
  readonly label: string;
  /** Numbers align right. */
  readonly numeric: boolean;
}

/**
 * One cell of a report table, as plain, unescaped text. A cell that shows values from the
 * records (unit names, ids, rule ids, fields) is `{ short, full }` when one of them is
 * long: the page shows `short`, each long value cut to 40 characters, and keeps `full`.
 * @internal
 */
export type ReportCell = string | { readonly short: string; readonly full: string };

/**
 * One table of the inventory report as plain, unescaped text: the neutral model the
 * Markdown and HTML renderers both draw, so the two formats always say the same things.
 * @internal
 */
export interface ReportTable {
  /** A stable key, used for HTML ids. */
  readonly key: keyof Locale['render']['headings'];
  readonly heading: string;
  readonly columns: readonly ReportColumn[];
  /** Rows of cells; empty when the section has nothing to list. */
  readonly rows: readonly (readonly ReportCell[])[];
}

/**
 * Number and label formatting for one locale, shared by the tables and the charts.
 * @internal
 */
export interface ReportFormat {
  readonly locale: ReportText;
  readonly count: (n: number) => string;
  readonly share: (n: number) => string;
  readonly category: (id: PartnerCategory) => string;
  /** Known unit ids get their label; other units are shown as the records name them. */
  readonly unit: (unit: string) => string;
}

/**
 * Builds the number formats and label lookups for a locale.
 * @internal
 */
export function reportFormat(locale: ReportText = enReportText): ReportFormat {
  const integer = numberFormat(locale.code, { maximumFractionDigits: 0 });
  const percent = numberFormat(locale.code, { style: 'percent', maximumFractionDigits: 1 });
  return {
    locale,
    count: (n) => integer.format(n),
    share: (n) => percent.format(n),
    category: (id) => locale.categories[id].label,
    unit: (unit) => (isKnownUnit(unit) ? locale.units[unit] : unit),
  };
}

const col = (label: string, numeric = false): ReportColumn => ({ label, numeric });

/** Which values a cell shows in full: `(text) => text`, or shortened. */
type Values = (text: string) => string;

// A cell made twice, with its values in full and shortened: one text when none was long.
const cell = (make: (value: Values) => string): ReportCell => {
  const full = make((text) => text);
  const short = make(shorten);
  return short === full ? full : { short, full };
};

// Enough ids to start fixing records from the report, few enough that a group of a
// million records still fits in a table cell.
const maxIds = 10;

/**
 * Reads the report as tables, in the order both renderers show them.
 * @internal
 */
export function inventoryTables(report: InventoryReport, text: ReportFormat): ReportTable[] {
  const { locale, count, share, category, unit } = text;
  const r = locale.render;
  const c = r.columns;
  const h = r.headings;
  const list = (items: readonly string[]): string => r.list(items);
  // `total` is the group's size: the report may keep fewer ids than that (maxIds).
  const ids = (kept: readonly string[], total: number): ReportCell =>
    cell((value) => {
      const shown = kept.slice(0, maxIds).map((id) => value(id));
      // No ids kept (keepRecords: false): the count column says how many.
      if (shown.length === 0 || shown.length >= total) return list(shown);
      return r.more({ list: list(shown), count: count(total - shown.length) });
    });
  const option = (id: keyof Locale['options']): string => locale.options[id].label;
  // A missing field that is a subtype is named by its label ("Commercialisation stage");
  // any other (context.x, custom.y) by its path.
  const field = (name: string): string =>
    Object.hasOwn(locale.subtypes, name) ? locale.subtypes[name as keyof Locale['subtypes']].label : name;

  const tables: ReportTable[] = [
    {
      key: 'summary',
      heading: h.summary,
      columns: [col(c.measure), col(c.value, true)],
      rows: [
        [r.summary.total, count(report.total)],
        [r.summary.assessed, count(report.assessed)],
        [r.summary.mismatches, count(report.mismatchCount)],
        [r.summary.undecided, count(report.undecidedCount)],
        [r.summary.unowned, count(report.unowned.count)],
        [r.summary.unclassified, count(report.unclassified.count)],
        // The input's other rows, when the caller gave the counts: none goes unmentioned.
        ...(report.rows === undefined
          ? []
          : [
              [r.summary.rows, count(report.rows.rows)],
              [r.summary.skipped, count(report.rows.skipped)],
              [r.summary.invalid, count(report.rows.invalid)],
            ]),
      ],
    },
    {
      key: 'functions',
      heading: h.functions,
      columns: [col(c.function), col(c.partners, true), col(c.share, true), col(c.categoriesPresent, true)],
      rows: report.functions.map((f) => [
        locale.functions[f.function].label,
        count(f.count),
        share(f.share),
        r.ofTotal({ part: count(f.categoriesPresent), total: count(f.categoriesTotal) }),
      ]),
    },
    {
      key: 'categories',
      heading: h.categories,
      columns: [col(c.category), col(c.id), col(c.partners, true), col(c.share, true), col(c.managedBy), col(c.typical)],
      rows: report.categories.map((cat) => [
        category(cat.category),
        cat.category,
        count(cat.count),
        share(cat.share),
        cell((value) => list(cat.managedBy.map((u) => r.withCount({ label: value(unit(u.unit)), count: count(u.count) })))),
        cat.typical === undefined ? r.typicalVaries : option(cat.typical),
      ]),
    },
    {
      key: 'missing',
      heading: h.missing,
      columns: [col(c.category), col(c.id), col(c.function)],
      rows: report.missing.map((id) => {
        const fn = functionOf(id);
        return [category(id), id, fn === undefined ? '' : locale.functions[fn].label];
      }),
    },
  ];
  if (report.required !== undefined) {
    tables.push({
      key: 'requiredMissing',
      heading: h.requiredMissing,
      columns: [col(c.category), col(c.id)],
      rows: report.required.missing.map((id) => [category(id), id]),
    });
  }
  tables.push(
    {
      key: 'units',
      heading: h.units,
      columns: [col(c.unit), col(c.partners, true), col(c.categories)],
      rows: report.units.map((u) => [cell((value) => value(unit(u.unit))), count(u.count), list(u.categories.map(category))]),
    },
    {
      key: 'multiManaged',
      heading: h.multiManaged,
      columns: [col(c.category), col(c.units)],
      rows: report.multiManaged.map((m) => [category(m.category), cell((value) => list(m.units.map((u) => value(unit(u)))))]),
    },
    {
      key: 'mismatches',
      heading: h.mismatches,
      columns: [
        col(c.category),
        col(c.change),
        col(c.partners, true),
        col(c.reason),
        col(c.rule),
        col(c.source),
        col(c.records),
      ],
      rows: report.mismatches.map((m) => [
        category(m.category),
        r.change({ from: option(m.current), to: option(m.recommended) }),
        count(m.count),
        m.reason,
        cell((value) => value(m.rule)),
        r.sources[m.source],
        ids(m.ids, m.count),
      ]),
    },
    {
      key: 'undecided',
      heading: h.undecided,
      columns: [col(c.category), col(c.needs), col(c.partners, true), col(c.reason), col(c.records)],
      rows: report.undecided.map((u) => [
        u.category === undefined ? r.noCategory : category(u.category),
        cell((value) => list(u.needs.map((name) => value(field(name))))),
        count(u.count),
        u.reason,
        ids(u.ids, u.count),
      ]),
    },
    {
      key: 'unclassified',
      heading: h.unclassified,
      columns: [col(c.function), col(c.partners, true), col(c.managedBy), col(c.records)],
      rows: report.unclassified.groups.map((g) => [
        g.function === undefined ? r.noFunction : locale.functions[g.function].label,
        count(g.count),
        cell((value) => list(g.managedBy.map((u) => r.withCount({ label: value(unit(u.unit)), count: count(u.count) })))),
        ids(g.ids, g.count),
      ]),
    },
    {
      key: 'findings',
      heading: h.findings,
      columns: [col(c.number, true), col(c.question), col(c.basis), col(c.answer)],
      rows: report.findings.map((f) => [String(f.question), r.questions[f.topic], r.bases[f.answer], f.text]),
    },
  );
  return tables;
}
