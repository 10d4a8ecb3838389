import type {
  ManagementOption,
  PartnerCategory,
  PartnerFunction,
  PartnerGroup,
} from '../taxonomy/types.js';
import type { TraceEntry } from '../rules/recommendation.js';
import type { RuleSource } from '../rules/types.js';
import type { OutcomeCounts } from '../schema/outcomes.js';

/**
 * Partners per function.
 * @example report.functions.find((f) => f.function === 'sales')?.count // 12
 * @category Inventory
 */
export interface FunctionCoverage {
  /** The partner function. */
  readonly function: PartnerFunction;
  /** Partners in the function's categories. */
  readonly count: number;
  /** `count` over all records, from 0 to 1. */
  readonly share: number;
  /** How many of the function's categories have at least one partner. */
  readonly categoriesPresent: number;
  /** How many categories the function has in the taxonomy. */
  readonly categoriesTotal: number;
}

/**
 * A unit that manages partners, with how many.
 * @example report.categories[0].managedBy // [{ unit: 'product', count: 3 }]
 * @category Inventory
 */
export interface UnitCount {
  /** A known unit id (`'channel-sales'`) or the unit name as the records give it. */
  readonly unit: string;
  /** How many partners the unit manages: in the category, in `managedBy`; in all, in `units`. */
  readonly count: number;
}

/**
 * Partners per category, and where they are managed.
 * @example report.categories.find((c) => c.category === 'oem')?.typical // 'one-to-one'
 * @category Inventory
 */
export interface CategoryCoverage {
  /** The partner category. */
  readonly category: PartnerCategory;
  /** The function the category belongs to. */
  readonly function: PartnerFunction;
  /** The category's group within its function, or `null` when it has none. */
  readonly group: PartnerGroup | null;
  /** Partners in the category. */
  readonly count: number;
  /** `count` over all records, from 0 to 1. */
  readonly share: number;
  /** The units that manage this category's partners, most first. */
  readonly managedBy: readonly UnitCount[];
  /** The article's typical option (`undefined` for msp-cmsp, which depends on stage). */
  readonly typical: ManagementOption | undefined;
}

/**
 * Records managed differently from what the rules recommend, grouped by category,
 * current option and recommended option.
 * @example report.mismatches[0] // { category: 'oem', current: 'formal-program', recommended: 'one-to-one', count: 2, … }
 * @category Inventory
 */
export interface MismatchGroup {
  /** The records' category. */
  readonly category: PartnerCategory;
  /** How the records are managed today (their `management`). */
  readonly current: ManagementOption;
  /** The option the rules recommend for them. */
  readonly recommended: ManagementOption;
  /** The id of the rule that decided for the group's first record. */
  readonly rule: string;
  /** Where that rule comes from: the source article, a heuristic, or your rules. */
  readonly source: RuleSource;
  /** Why that rule recommends its option, in the report's language. */
  readonly reason: string;
  /** How many records the group holds. */
  readonly count: number;
  /** The records' ids; empty when the report keeps no records. */
  readonly ids: readonly string[];
  /** The recommendation trace of the group's first record. */
  readonly trace: readonly TraceEntry[];
}

/**
 * Records the rules could not decide, grouped by category and what they need.
 * @example report.undecided[0] // { category: 'msp-cmsp', needs: ['stage'], count: 3, … }
 * @category Inventory
 */
export interface UndecidedGroup {
  /** The category, or `undefined` for records without a usable one. */
  readonly category: PartnerCategory | undefined;
  /** The fields that would let the rules decide, e.g. `['stage']`. */
  readonly needs: readonly string[];
  /** Why the rules cannot decide, for the group's first record, in the report's language. */
  readonly reason: string;
  /** How many records the group holds. */
  readonly count: number;
  /** The records' ids; empty when the report keeps no records. */
  readonly ids: readonly string[];
}

/**
 * Partners whose category the data does not give (unclassified when parsed), grouped by
 * function, with where each group is managed: relationships too, even if the data cannot
 * say of which type.
 * @example report.unclassified // { count: 4, groups: [{ function: 'sales', count: 3, managedBy: [{ unit: 'channel-sales', count: 2 }], ids: [...] }, …] }
 * @category Inventory
 */
export interface UnclassifiedSummary {
  /** How many partners have no category. */
  readonly count: number;
  /** One group per function, most partners first; `function` is `undefined` where the data names none. */
  readonly groups: readonly UnclassifiedGroup[];
}

/**
 * Partners without a category that share a function (or name none).
 * @example report.unclassified.groups[0] // { function: 'sales', count: 3, managedBy: [{ unit: 'channel-sales', count: 2 }], ids: ['P-7', …] }
 * @category Inventory
 */
export interface UnclassifiedGroup {
  /** The function, when the data names one. */
  readonly function: PartnerFunction | undefined;
  /** How many partners. */
  readonly count: number;
  /** The units that manage them, most first. */
  readonly managedBy: readonly UnitCount[];
  /** Their ids; empty when the report keeps no records. */
  readonly ids: readonly string[];
}

/**
 * The inventory's answer to one of the article's five diagnostic questions.
 * @example report.findings[0] // { question: 1, topic: 'coverage', answer: 'data', text: '18 of 22 …' }
 * @category Inventory
 */
export interface Finding {
  /** The question's number, in the article's order. */
  readonly question: 1 | 2 | 3 | 4 | 5;
  /** What the question is about, one word for each. */
  readonly topic: 'coverage' | 'alignment' | 'management' | 'communication' | 'tools';
  /** `data`: the records answer it; `partial`: they inform it; `none`: they cannot. */
  readonly answer: 'data' | 'partial' | 'none';
  /** The answer, or what the records can say towards it, in the report's language. */
  readonly text: string;
}

/**
 * The partner inventory the article asks for: which types you have and lack, who manages
 * each, and where today's management differs from what the type calls for.
 * @example const { missing, mismatches, undecided } = inventory(records);
 * @category Inventory
 */
export interface InventoryReport {
  /** How many records were read. */
  readonly total: number;
  /** Partners per function, the four functions in taxonomy order. */
  readonly functions: readonly FunctionCoverage[];
  /** All 22 categories in taxonomy order, with zero counts included. */
  readonly categories: readonly CategoryCoverage[];
  /** Categories with no partner. */
  readonly missing: readonly PartnerCategory[];
  /** The categories the caller said the portfolio needs, and which of them are missing. */
  readonly required:
    | {
        /** The required categories, as given. */
        readonly categories: readonly PartnerCategory[];
        /** The required categories with no partner. */
        readonly missing: readonly PartnerCategory[];
      }
    | undefined;
  /** Every unit that manages partners, most first, with the categories it manages. */
  readonly units: readonly (UnitCount & {
    /** The categories the unit manages partners in, in taxonomy order. */
    readonly categories: readonly PartnerCategory[];
  })[];
  /** Categories managed in more than one place. */
  readonly multiManaged: readonly {
    /** The category. */
    readonly category: PartnerCategory;
    /** The units that manage its partners, most partners first. */
    readonly units: readonly string[];
  }[];
  /** Records with no `managedBy`. */
  readonly unowned: {
    /** How many records have no owner. */
    readonly count: number;
    /** Their ids; empty when the report keeps no records. */
    readonly ids: readonly string[];
  };
  /** Partners without a category, which every count above leaves out. */
  readonly unclassified: UnclassifiedSummary;
  /** How many input rows ended in each outcome, when given: the rows left out are the skipped and invalid ones. */
  readonly rows: OutcomeCounts | undefined;
  /** Records whose current `management` is known, so they can be compared. */
  readonly assessed: number;
  /** Records managed differently from the recommendation, grouped, largest group first. */
  readonly mismatches: readonly MismatchGroup[];
  /** How many records are managed differently from the recommendation. */
  readonly mismatchCount: number;
  /** Records the rules could not decide, grouped, largest group first. */
  readonly undecided: readonly UndecidedGroup[];
  /** How many records the rules could not decide. */
  readonly undecidedCount: number;
  /** The answers to the five diagnostic questions, in order. */
  readonly findings: readonly Finding[];
}
