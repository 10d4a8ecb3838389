import { enFindings } from '../locales/en-findings.js';
import type { InventoryText } from '../locales/types.js';
import type { ContextFor, RecommendInput, RuleEngine } from '../rules/engine.js';
import { defaultEngine } from '../rules/recommend.js';
import { categoryNodes, functionNodes } from '../taxonomy/data.js';
import { managementOptions } from '../taxonomy/ids.js';
import type { ManagementOption, PartnerCategory } from '../taxonomy/types.js';
import { typicalManagement } from '../taxonomy/typical-management.js';
import type { OutcomeCounts, UnclassifiedPartner } from '../schema/outcomes.js';
import type { PartnerFunction } from '../taxonomy/types.js';
import type { InventoryReport, MismatchGroup, UnclassifiedSummary, UndecidedGroup } from './report.js';

/**
 * Options for {@link inventory} and {@link createInventory}.
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
  /**
   * At most this many ids per group, when ids are kept (all by default): the report
   * stays small for any input, and every count stays exact.
   */
  readonly maxIds?: number;
  /** The language of reasons and findings, such as `sv`; English by default. */
  readonly locale?: InventoryText;
  /**
   * Partners whose category is unknown (`parsePartnerRecords(…).unclassified`): counted,
   * by function and managing unit, so coverage is not read as complete when it is not.
   */
  readonly unclassified?: Iterable<UnclassifiedPartner>;
  /** How many input rows ended in each outcome (`parsePartnerRecords(…).counts`), for the rows left out. */
  readonly rows?: OutcomeCounts;
}

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
 * An inventory taken a record at a time, for inputs too large to hold: a stream of a
 * million rows. It keeps counts, and ids only as `keepRecords` and `maxIds` allow.
 * @example
 * const taking = createInventory({ maxIds: 10 });
 * for await (const record of records) taking.add(record);
 * const report = taking.report();
 * @category Inventory
 */
export interface InventoryBuilder {
  /** Counts one record. */
  readonly add: (record: RecommendInput) => void;
  /** Counts one partner without a category. */
  readonly addUnclassified: (partner: UnclassifiedPartner) => void;
  /** The report on what was added, with the input's row counts when given. */
  readonly report: (rows?: OutcomeCounts) => InventoryReport;
}

/**
 * Starts an inventory taken a record at a time (see {@link inventory}, which takes a list
 * at once through it).
 * @param options - As for `inventory`; its `unclassified` and `rows` are not read here.
 * @returns The builder.
 * @example createInventory().report().total // 0
 * @category Inventory
 */
export function createInventory(options: InventoryOptions = {}): InventoryBuilder {
  const locale = options.locale;
  const findings = (locale ?? enFindings).findings;
  // The default rules speak the report's language, so a Swedish report has Swedish reasons.
  const engine = options.engine ?? defaultEngine(locale);
  const context = options.context;
  // How many ids each group keeps: none without keepRecords, else all unless capped.
  const maxIds = options.keepRecords === false ? 0 : (options.maxIds ?? Infinity);
  const remember = (ids: string[], id: string): void => {
    if (ids.length < maxIds) ids.push(id);
  };

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

  const withoutCategory = new Map<PartnerFunction | undefined, { count: number; units: Map<string, number>; ids: string[] }>();
  let unclassified = 0;

  const add = (record: RecommendInput): void => {
    const index = total++;
    if (record === null || typeof record !== 'object') return;
    const ctx = typeof context === 'function' ? context(record, index) : context;
    const id = maxIds === 0 ? '' : typeof record['id'] === 'string' ? record['id'] : String(index);
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
      remember(unownedIds, id);
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
      remember(entry.ids, id);
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
      remember(entry.ids, id);
    }
  };

  // Partners without a category, by function and by the unit that manages them: they are
  // relationships too, managed somewhere, even if the data cannot say of which type.
  const addUnclassified = (partner: UnclassifiedPartner): void => {
    unclassified++;
    let group = withoutCategory.get(partner.function);
    if (group === undefined) {
      group = { count: 0, units: new Map(), ids: [] };
      withoutCategory.set(partner.function, group);
    }
    group.count++;
    if (partner.managedBy !== undefined) group.units.set(partner.managedBy, (group.units.get(partner.managedBy) ?? 0) + 1);
    remember(group.ids, partner.id);
  };

  const report = (rows?: OutcomeCounts): InventoryReport => {
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
    const unclassifiedSummary: UnclassifiedSummary = {
      count: unclassified,
      groups: [...withoutCategory]
        .map(([fn, g]) => ({
          function: fn,
          count: g.count,
          managedBy: [...g.units].map(([unit, n]) => ({ unit, count: n })).sort(byCount),
          ids: g.ids,
        }))
        .sort(byCount),
    };
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
      unclassified: unclassifiedSummary,
      rows,
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
          text: findings.coverage({
            present: categories.length - missing.length,
            total: categories.length,
            missing,
            requiredMissing: required?.missing,
            unclassified,
          }),
        },
        {
          question: 2,
          topic: 'alignment',
          answer: 'none',
          text: findings.alignment({ shares: functions.map((f) => ({ function: f.function, share: f.share })) }),
        },
        {
          question: 3,
          topic: 'management',
          answer: assessed === 0 ? 'none' : 'data',
          text: findings.management({ assessed, total, mismatches: mismatchCount, undecided: undecidedCount }),
        },
        {
          question: 4,
          topic: 'communication',
          answer: 'partial',
          text: findings.communication({ multiManaged: multiManaged.length, unowned, units: units.length }),
        },
        { question: 5, topic: 'tools', answer: 'none', text: findings.tools({}) },
      ],
    };
  };
  return { add, addUnclassified, report };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
