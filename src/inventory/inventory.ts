import { en } from '../locales/en.js';
import type { Locale } from '../locales/types.js';
import { defaultRules } from '../rules/default-rules.js';
import { type ContextFor, createRuleEngine, type RecommendInput, type RuleEngine } from '../rules/engine.js';
import { iterableOrEmpty } from '../rules/iterable-or-empty.js';
import { defaultEngine } from '../rules/recommend.js';
import { categoryNodes, functionNodes } from '../taxonomy/data.js';
import { managementOptions } from '../taxonomy/ids.js';
import type { ManagementOption, PartnerCategory } from '../taxonomy/types.js';
import { typicalManagement } from '../taxonomy/typical-management.js';
import type { OutcomeCounts, UnclassifiedPartner } from '../schema/outcomes.js';
import type { ParseResult } from '../schema/parse-partner-records.js';
import type { PartnerFunction } from '../taxonomy/types.js';
import type { InventoryReport, MismatchGroup, UnclassifiedSummary, UndecidedGroup } from './report.js';

/**
 * Options for {@link inventory}.
 * @example inventory(records, { required: ['system-integrator', 'cloud-reseller'], keepRecords: false })
 * @category Inventory
 */
export interface InventoryOptions {
  /** The categories your portfolio needs (diagnostic question 1). */
  readonly required?: readonly PartnerCategory[];
  /** The engine that recommends; the default rules in the report's locale by default. */
  readonly engine?: RuleEngine;
  /** The context for the engine, one for all or one per record (see `segmentContext`). */
  readonly context?: ContextFor;
  /**
   * List record ids in groups (`true`, the default). With `false` the report holds only
   * counts, so its size follows the number of categories and units, not of records.
   */
  readonly keepRecords?: boolean;
  /** The language of reasons and findings; English by default. */
  readonly locale?: Locale;
  /**
   * Partners whose category is unknown (`parsePartnerRecords(…).unclassified`): counted,
   * by function and managing unit, so coverage is not read as complete when it is not.
   */
  readonly unclassified?: Iterable<UnclassifiedPartner>;
  /** How many input rows ended in each outcome (`parsePartnerRecords(…).counts`), for the rows left out. */
  readonly rows?: OutcomeCounts;
}

/**
 * The input of {@link inventory}: records, or a whole parse result, whose unclassified
 * partners and counts are then taken too.
 * @example inventory(parsePartnerRecords(rows)) // the same as inventory(result.records, { unclassified: result.unclassified, rows: result.counts })
 * @category Inventory
 */
export type InventoryInput = Iterable<RecommendInput> | Pick<ParseResult, 'records' | 'unclassified' | 'counts'>;

const optionIndex: ReadonlyMap<unknown, number> = /* @__PURE__ */ new Map(managementOptions.map((o, i) => [o, i]));
const optionCount = managementOptions.length;

interface Tally {
  /** The category's position in the taxonomy, for mismatch keys. */
  readonly index: number;
  count: number;
  /** Records per managing unit, counted in place so a record costs one lookup. */
  readonly units: Map<string, { count: number }>;
}

/**
 * Takes the partner inventory the article asks for, in one pass over the records:
 * coverage per function and category, the categories missing (and the required ones
 * missing), where each category is managed, records with no owner, records managed
 * differently from their recommendation (with the trace), records the rules cannot
 * decide, and findings for the five diagnostic questions.
 * @param records - Parsed partner records.
 * @param options - Required categories, engine and context, and whether to keep ids.
 * @returns The report; render it with `inventoryMarkdown` or `inventoryHtml`.
 * @example
 * const report = inventory(parsePartnerRecords(rows).records, { required: ['oem'] });
 * report.required?.missing // ['oem'] when you have no OEM partner
 * @category Inventory
 */
export function inventory(input: InventoryInput, options: InventoryOptions = {}): InventoryReport {
  if (isParseResult(input)) return inventory(input.records, { unclassified: input.unclassified, rows: input.counts, ...options });
  const records = input;
  const locale = options.locale ?? en;
  const engine = options.engine ?? engineFor(locale);
  const keep = options.keepRecords !== false;
  const context = options.context;

  // Keyed by category id, so one lookup both checks a record's category and finds its tally.
  const tallies = new Map<unknown, Tally>(categoryNodes.map((n, index) => [n.id, { index, count: 0, units: new Map() }]));
  const mismatches = new Map<number, { group: Mutable<MismatchGroup>; ids: string[] }>();
  const undecided = new Map<string, { group: Mutable<UndecidedGroup>; ids: string[] }>();
  const unownedIds: string[] = [];
  let unowned = 0;
  let total = 0;
  let assessed = 0;
  let mismatchCount = 0;
  let undecidedCount = 0;

  for (const record of iterableOrEmpty(records)) {
    const index = total++;
    if (record === null || typeof record !== 'object') continue;
    const ctx = typeof context === 'function' ? context(record, index) : context;
    const id = !keep ? '' : typeof record['id'] === 'string' ? record['id'] : String(index);
    const tally = tallies.get(record['category']);
    const category = tally === undefined ? undefined : (record['category'] as PartnerCategory);
    const unit = typeof record['managedBy'] === 'string' && record['managedBy'] !== '' ? record['managedBy'] : undefined;
    if (tally !== undefined) {
      tally.count++;
      if (unit !== undefined) {
        const counter = tally.units.get(unit);
        if (counter === undefined) tally.units.set(unit, { count: 1 });
        else counter.count++;
      }
    }
    if (unit === undefined) {
      unowned++;
      if (keep) unownedIds.push(id);
    }

    // The fast path decides; the full recommendation (with its trace) is built only for
    // the first record of each group, so a million records cost a million `decide`s.
    const option = engine.decide(record, ctx);
    const currentIndex = optionIndex.get(record['management']);
    const current = currentIndex === undefined ? undefined : (record['management'] as ManagementOption);
    if (current !== undefined) assessed++;
    if (option === undefined) {
      undecidedCount++;
      const key = category ?? '';
      let entry = undecided.get(key);
      if (entry === undefined) {
        const result = engine.recommend(record, ctx);
        entry = { group: { category, needs: result.needs, reason: result.reason, count: 0, ids: [] }, ids: [] };
        undecided.set(key, entry);
      }
      entry.group.count++;
      if (keep) entry.ids.push(id);
    } else if (current !== undefined && current !== option && category !== undefined) {
      mismatchCount++;
      // A number, not a joined string: half a million mismatches must not mean half a
      // million new strings to hash.
      const key = ((tally?.index ?? 0) * optionCount + (currentIndex ?? 0)) * optionCount + (optionIndex.get(option) ?? 0);
      let entry = mismatches.get(key);
      if (entry === undefined) {
        const result = engine.recommend(record, ctx);
        const decider = result.trace.find((t) => t.outcome === 'chosen');
        entry = {
          group: {
            category,
            current,
            recommended: option,
            rule: result.decidedBy ?? '',
            source: decider?.source ?? 'user',
            reason: result.reason,
            count: 0,
            ids: [],
            trace: result.trace,
          },
          ids: [],
        };
        mismatches.set(key, entry);
      }
      entry.group.count++;
      if (keep) entry.ids.push(id);
    }
  }

  const share = (n: number) => (total === 0 ? 0 : n / total);
  const byCount = <T extends { count: number; unit?: string }>(a: T, b: T) => b.count - a.count;
  const categories = categoryNodes.map((node) => {
    const tally = tallies.get(node.id) as Tally;
    return {
      category: node.id,
      function: node.function,
      group: node.group,
      count: tally.count,
      share: share(tally.count),
      managedBy: [...tally.units].map(([unit, { count }]) => ({ unit, count })).sort(byCount),
      typical: typicalManagement({ category: node.id } as never),
    };
  });
  const missing = categories.filter((c) => c.count === 0).map((c) => c.category);
  const functions = functionNodes.map((fn) => {
    const own = categories.filter((c) => c.function === fn.id);
    const count = own.reduce((sum, c) => sum + c.count, 0);
    return {
      function: fn.id,
      count,
      share: share(count),
      categoriesPresent: own.filter((c) => c.count > 0).length,
      categoriesTotal: own.length,
    };
  });
  const unitMap = new Map<string, { count: number; categories: PartnerCategory[] }>();
  for (const c of categories) {
    for (const { unit, count } of c.managedBy) {
      const entry = unitMap.get(unit) ?? { count: 0, categories: [] };
      entry.count += count;
      entry.categories.push(c.category);
      unitMap.set(unit, entry);
    }
  }
  const units = [...unitMap].map(([unit, u]) => ({ unit, count: u.count, categories: u.categories })).sort(byCount);
  const multiManaged = categories
    .filter((c) => c.managedBy.length > 1)
    .map((c) => ({ category: c.category, units: c.managedBy.map((u) => u.unit) }));
  const required =
    options.required === undefined
      ? undefined
      : { categories: options.required, missing: options.required.filter((id) => missing.includes(id)) };
  const withoutCategory = countUnclassified(options.unclassified, keep);
  const mismatchGroups = [...mismatches.values()].map(({ group, ids }) => ({ ...group, ids })).sort(byCount);
  const undecidedGroups = [...undecided.values()].map(({ group, ids }) => ({ ...group, ids })).sort(byCount);

  return {
    total,
    functions,
    categories,
    missing,
    required,
    units,
    multiManaged,
    unowned: { count: unowned, ids: unownedIds },
    unclassified: withoutCategory,
    rows: options.rows,
    assessed,
    mismatches: mismatchGroups,
    mismatchCount,
    undecided: undecidedGroups,
    undecidedCount,
    findings: [
      {
        question: 1,
        topic: 'coverage',
        // Without the categories the portfolio needs, the data answers only in part.
        answer: required === undefined ? 'partial' : 'data',
        text: locale.findings.coverage({
          present: categories.length - missing.length,
          total: categories.length,
          missing,
          requiredMissing: required?.missing,
          unclassified: withoutCategory.count,
        }),
      },
      {
        question: 2,
        topic: 'alignment',
        answer: 'none',
        text: locale.findings.alignment({ shares: functions.map((f) => ({ function: f.function, share: f.share })) }),
      },
      {
        question: 3,
        topic: 'management',
        answer: assessed === 0 ? 'none' : 'data',
        text: locale.findings.management({ assessed, total, mismatches: mismatchCount, undecided: undecidedCount }),
      },
      {
        question: 4,
        topic: 'communication',
        answer: 'partial',
        text: locale.findings.communication({ multiManaged: multiManaged.length, unowned, units: units.length }),
      },
      { question: 5, topic: 'tools', answer: 'none', text: locale.findings.tools({}) },
    ],
  };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function isParseResult(input: InventoryInput): input is Pick<ParseResult, 'records' | 'unclassified' | 'counts'> {
  return typeof input === 'object' && input !== null && !(Symbol.iterator in input) && 'records' in input;
}

// Partners without a category, by function and by the unit that manages them: they are
// relationships too, managed somewhere, even if the data cannot say of which type.
function countUnclassified(partners: Iterable<UnclassifiedPartner> | undefined, keep: boolean): UnclassifiedSummary {
  const groups = new Map<PartnerFunction | undefined, { count: number; units: Map<string, number>; ids: string[] }>();
  let count = 0;
  for (const partner of partners ?? []) {
    count++;
    let group = groups.get(partner.function);
    if (group === undefined) {
      group = { count: 0, units: new Map(), ids: [] };
      groups.set(partner.function, group);
    }
    group.count++;
    if (partner.managedBy !== undefined) group.units.set(partner.managedBy, (group.units.get(partner.managedBy) ?? 0) + 1);
    if (keep) group.ids.push(partner.id);
  }
  const byCount = <T extends { count: number }>(a: T, b: T) => b.count - a.count;
  return {
    count,
    groups: [...groups]
      .map(([fn, g]) => ({
        function: fn,
        count: g.count,
        managedBy: [...g.units].map(([unit, n]) => ({ unit, count: n })).sort(byCount),
        ids: g.ids,
      }))
      .sort(byCount),
  };
}

// The default rules speak the report's language, so a Swedish report has Swedish reasons;
// one engine per locale, made on first use.
const engines = /* @__PURE__ */ new WeakMap<Locale, RuleEngine>();
function engineFor(locale: Locale): RuleEngine {
  if (locale === en) return defaultEngine();
  let engine = engines.get(locale);
  if (engine === undefined) {
    engine = createRuleEngine({ rules: defaultRules({ locale }), locale });
    engines.set(locale, engine);
  }
  return engine;
}
