import type {
  KnownUnit,
  ManagementOption,
  PartnerCategory,
  PartnerFunction,
  PartnerGroup,
  PrimaryValue,
  SubtypeField,
  SubtypeValue,
} from '../taxonomy/types.js';
import type { Compensation } from '../taxonomy/node-types.js';

/**
 * A node's name and a one-sentence description, in one language.
 * @example
 * ```ts
 * const text: NodeText = en.options.sla;
 * text.label // 'Service level agreement'
 * ```
 * @category Locales
 */
export interface NodeText {
  readonly label: string;
  readonly description: string;
}

/**
 * The kind of a received value, as messages name it.
 * @example
 * ```ts
 * const kind: ValueKind = 'array';
 * en.valueKinds[kind] // 'a list'
 * ```
 * @category Locales
 */
export type ValueKind = 'null' | 'undefined' | 'number' | 'boolean' | 'string' | 'array' | 'object' | 'other';

/**
 * The parameters each message needs, keyed by issue code. A locale turns them into text;
 * the schema layer builds issues that carry them.
 * @example
 * ```ts
 * const params: MessageParams['missing_field'] = { field: 'name' };
 * en.messages.missing_field(params) // 'name is missing'
 * ```
 * @category Locales
 */
export interface MessageParams {
  readonly not_a_list: { readonly valueKind: ValueKind };
  readonly not_an_object: { readonly valueKind: ValueKind };
  readonly missing_field: { readonly field: string };
  readonly invalid_type: { readonly field: string; readonly valueKind: ValueKind };
  readonly invalid_value: { readonly field: string; readonly value: string };
  readonly unknown_category: { readonly value: string; readonly suggestion?: string };
  readonly unknown_function: { readonly value: string; readonly suggestion?: string };
  readonly function_mismatch: {
    readonly value: string;
    readonly category: PartnerCategory;
    readonly expected: PartnerFunction;
  };
  readonly invalid_subtype: {
    readonly field: SubtypeField;
    readonly value: string;
    readonly category: PartnerCategory;
    readonly expected: readonly string[];
    readonly suggestion?: string;
  };
  readonly subtype_not_allowed: {
    readonly field: SubtypeField;
    readonly category: PartnerCategory;
    readonly owner: PartnerCategory;
  };
  readonly subtype_conflict: {
    readonly field: SubtypeField;
    readonly value: string;
    readonly implied: string;
    readonly text: string;
  };
  readonly unknown_management: { readonly value: string; readonly suggestion?: string };
  readonly duplicate_id: { readonly value: string; readonly firstIndex: number };
  readonly ambiguous_category: {
    readonly text: string;
    readonly category: PartnerCategory;
    readonly alternatives: readonly PartnerCategory[];
  };
  readonly unmapped_value: { readonly value: string; readonly vocabulary: string; readonly suggestion?: string };
  readonly not_a_partner: { readonly value: string; readonly vocabulary: string; readonly rationale: string };
  readonly no_category: {
    readonly value: string;
    readonly vocabulary: string;
    readonly relation: string;
    readonly target: string;
  };
  readonly broad_mapping: { readonly value: string; readonly vocabulary: string; readonly category: PartnerCategory };
  readonly deprecated_category: {
    readonly category: PartnerCategory;
    readonly replacedBy: string;
  };
}

/**
 * The parameters of each rule-set problem message, keyed by problem code.
 * @example
 * ```ts
 * const params: RuleProblemParams['not_a_number'] = { operator: 'gt' };
 * en.ruleProblems.not_a_number(params) // 'gt needs a number'
 * ```
 * @category Locales
 */
export interface RuleProblemParams {
  readonly missing_key: { readonly key: string };
  readonly wrong_type: { readonly expected: ValueKind; readonly valueKind: ValueKind };
  readonly unknown_key: { readonly key: string; readonly allowed: readonly string[] };
  /** `operators`: the names of the rule language's operators, for the message to list. */
  readonly unknown_operator: { readonly keys: readonly string[]; readonly operators: readonly string[] };
  readonly unknown_field: { readonly field: string; readonly suggestion?: string };
  readonly invalid_value: { readonly value: string; readonly kind: 'category' | 'function' | 'group' | 'option' | 'subtype' | 'power' };
  readonly not_a_number: { readonly operator: string };
  readonly empty_list: { readonly operator: string };
  /** `firstIndex` is left out when the first rule with the id is one of the default rules. */
  readonly duplicate_rule_id: { readonly id: string; readonly firstIndex?: number };
}

/**
 * How each operator of the rule language reads, given its operand as JSON text: the
 * words after a field name in "why not" explanations. Keyed by operator, so a locale
 * without the words of an operator does not compile (the operators themselves are the
 * rule engine's table, which is checked against these keys).
 * @example
 * ```ts
 * const words: OperatorWords = en.operators;
 * words.startsWith('"Acme"') // 'to start with "Acme"'
 * ```
 * @category Locales
 */
export interface OperatorWords {
  readonly equals: (expected: string) => string;
  readonly in: (expected: string) => string;
  readonly exists: (expected: string) => string;
  readonly gt: (expected: string) => string;
  readonly gte: (expected: string) => string;
  readonly lt: (expected: string) => string;
  readonly lte: (expected: string) => string;
  readonly startsWith: (expected: string) => string;
  readonly contains: (expected: string) => string;
}

/**
 * The parameters of each text the rule engine puts in a trace.
 * @example
 * ```ts
 * const params: ReasonParams['noRule'] = { option: 'sla' };
 * en.reasons.noRule(params) // 'no rule recommends sla'
 * ```
 * @category Locales
 */
export interface ReasonParams {
  /** An article rule for one category (and subtype value). */
  readonly typical: {
    readonly category: PartnerCategory;
    readonly subtype?: { readonly field: SubtypeField; readonly value: string };
    readonly option: ManagementOption;
  };
  /** An article rule for a whole function. */
  readonly typicalForFunction: { readonly function: PartnerFunction; readonly option: ManagementOption };
  /** The decision waits for data the record lacks. */
  readonly needs: { readonly fields: readonly string[]; readonly options: readonly ManagementOption[] };
  /** A rule fired, but a higher-ranked one decided. */
  readonly outranked: { readonly rule: string; readonly by: string };
  /** A test failed, for "why not". */
  readonly failedTest: {
    readonly field: string;
    readonly operator: keyof OperatorWords;
    readonly expected: unknown;
    readonly actual: unknown;
  };
  /** A `not` failed, for "why not": the condition under it holds. */
  readonly failedNot: { readonly path: string };
  /** No rule applies to the record. */
  readonly noMatch: Record<string, never>;
  /** No rule recommends the option at all. */
  readonly noRule: { readonly option: ManagementOption };
  /** Heuristic: the caller says the industry convention for the segment is an option. */
  readonly convention: { readonly option: ManagementOption };
  /** Heuristic: the partner holds more power than the vendor. */
  readonly partnerPower: Record<string, never>;
  /** Heuristic: business models in the segment differ. */
  readonly diverseSegment: { readonly threshold: number };
}

/**
 * The parameters of each inventory finding, one per diagnostic question of the article.
 * @example
 * ```ts
 * const params: FindingParams['management'] = { assessed: 10, total: 12, mismatches: 3, undecided: 0 };
 * en.findings.management(params)
 * // '3 of 10 relationships with a known management are managed differently from what their type calls for.'
 * ```
 * @category Locales
 */
export interface FindingParams {
  /** 1. Do we have every partner type the business needs? */
  readonly coverage: {
    readonly present: number;
    readonly total: number;
    readonly missing: readonly PartnerCategory[];
    readonly requiredMissing: readonly PartnerCategory[] | undefined;
  };
  /** 2. Is every partner strategy aligned with the business strategy? */
  readonly alignment: { readonly shares: readonly { readonly function: PartnerFunction; readonly share: number }[] };
  /** 3. Are the relationships managed well? */
  readonly management: {
    readonly assessed: number;
    readonly total: number;
    readonly mismatches: number;
    readonly undecided: number;
  };
  /** 4. Is partner value communicated clearly and consistently? */
  readonly communication: { readonly multiManaged: number; readonly unowned: number; readonly units: number };
  /** 5. Are there robust partner-management tools? */
  readonly tools: Record<string, never>;
}

/**
 * An issue or warning code: the keys of {@link MessageParams}.
 * @example const code: MessageCode = 'unknown_category';
 * @category Locales
 */
export type MessageCode = keyof MessageParams;

/**
 * The words of the taxonomy itself in one language: the labels and descriptions of its
 * functions, groups, categories, management options and subtype values, and the names of
 * primary values, units and compensation. The lookups (`getCategory` and the like) need
 * only this part of a {@link Locale}, so any locale can be passed to them, while their
 * English default leaves the messages and report text out of a bundle.
 * @example
 * ```ts
 * const text: TaxonomyText = sv;
 * getCategory('system-integrator', text).label // 'Systemintegratör'
 * ```
 * @category Locales
 */
export interface TaxonomyText {
  readonly functions: Readonly<Record<PartnerFunction, NodeText>>;
  readonly groups: Readonly<Record<PartnerGroup, NodeText>>;
  readonly categories: Readonly<Record<PartnerCategory, NodeText>>;
  readonly options: Readonly<Record<ManagementOption, NodeText>>;
  readonly subtypes: {
    readonly [F in SubtypeField]: {
      readonly label: string;
      readonly values: Readonly<Record<SubtypeValue<F>, NodeText>>;
    };
  };
  readonly primaryValues: Readonly<Record<PrimaryValue, string>>;
  readonly units: Readonly<Record<KnownUnit, string>>;
  readonly compensation: Readonly<Record<Compensation, string>>;
}

/**
 * Every piece of human-readable text the library shows, in one language: the
 * {@link TaxonomyText} plus the messages, rule problems, reasons, findings and report text.
 * Each language is one module of this shape (`en`, `sv`), so a bundler drops the ones you
 * do not import.
 * @example
 * ```ts
 * const locale: Locale = sv;
 * getOption('sla', locale).label // 'Servicenivåavtal'
 * ```
 * @category Locales
 */
export interface Locale extends TaxonomyText {
  /** BCP 47 language tag, e.g. `'en'`. */
  readonly code: string;
  /** How a formatted issue names its place: row number, field and input column. */
  readonly at: (place: { readonly row: number; readonly field?: string; readonly column?: string }) => string;
  /** How messages name the kind of a value they received. */
  readonly valueKinds: Readonly<Record<ValueKind, string>>;
  readonly messages: {
    readonly [C in MessageCode]: (params: MessageParams[C]) => string;
  };
  /** Messages for problems in a rule set. */
  readonly ruleProblems: {
    readonly [C in keyof RuleProblemParams]: (params: RuleProblemParams[C]) => string;
  };
  /** Headings and words of the generated taxonomy reference. */
  readonly reference: {
    readonly title: string;
    readonly intro: string;
    readonly functions: string;
    readonly options: string;
    readonly primaryValue: string;
    readonly group: string;
    readonly columns: {
      readonly category: string;
      readonly id: string;
      readonly description: string;
      readonly typical: string;
      readonly takesTitle: string;
      readonly holdsInventory: string;
      readonly resells: string;
      readonly compensation: string;
      readonly subtype: string;
      readonly acronyms: string;
      readonly option: string;
    };
    readonly facts: { readonly yes: string; readonly no: string; readonly varies: string; readonly unstated: string };
    /** How a typical option that depends on a subtype reads, e.g. "pre-offer: one-to-one". */
    readonly byValue: (params: { readonly value: string; readonly option: string }) => string;
    /** The crosswalk section: heading, note and table columns. */
    readonly crosswalks: {
      readonly title: string;
      readonly note: string;
      readonly value: string;
      readonly relation: string;
      readonly target: string;
      readonly rationale: string;
    };
    readonly version: (params: { readonly version: string }) => string;
  };
  /** Messages for problems in a user vocabulary (crosswalk) file. */
  readonly vocabularyProblems: {
    readonly shape: (params: { readonly expected: string }) => string;
    readonly unknownTarget: (params: { readonly id: string; readonly kind: 'category' | 'function' }) => string;
    readonly targetForNone: () => string;
    readonly missingTarget: (params: { readonly relation: string }) => string;
    readonly duplicateValue: (params: { readonly value: string; readonly firstIndex: number }) => string;
    readonly unmappedValue: (params: { readonly value: string }) => string;
    readonly unlistedValue: (params: { readonly value: string }) => string;
  };
  /** The inventory's answers to the article's five diagnostic questions. */
  readonly findings: {
    readonly [C in keyof FindingParams]: (params: FindingParams[C]) => string;
  };
  /** How the rule language's operators read, for "why not" explanations. */
  readonly operators: OperatorWords;
  /** Texts the rule engine puts in traces. */
  readonly reasons: {
    readonly [C in keyof ReasonParams]: (params: ReasonParams[C]) => string;
  };
  /** Headings, column labels and short texts of the rendered inventory report. */
  readonly render: {
    /** The report's default title. */
    readonly title: string;
    /** What a section with nothing to list says. */
    readonly none: string;
    readonly headings: Readonly<
      Record<
        | 'summary'
        | 'functions'
        | 'categories'
        | 'missing'
        | 'requiredMissing'
        | 'units'
        | 'multiManaged'
        | 'heatMap'
        | 'mismatches'
        | 'undecided'
        | 'findings',
        string
      >
    >;
    readonly columns: Readonly<
      Record<
        | 'measure'
        | 'value'
        | 'function'
        | 'category'
        | 'id'
        | 'partners'
        | 'share'
        | 'categoriesPresent'
        | 'managedBy'
        | 'typical'
        | 'unit'
        | 'categories'
        | 'units'
        | 'change'
        | 'reason'
        | 'rule'
        | 'source'
        | 'needs'
        | 'number'
        | 'question'
        | 'basis'
        | 'answer'
        | 'records',
        string
      >
    >;
    /** The rows of the summary table. */
    readonly summary: Readonly<Record<'total' | 'assessed' | 'mismatches' | 'undecided' | 'unowned', string>>;
    /** The article's five diagnostic questions, keyed like {@link FindingParams}. */
    readonly questions: Readonly<Record<keyof FindingParams, string>>;
    /** Whether the records answer a question: fully, partly or not. */
    readonly bases: Readonly<Record<'data' | 'partial' | 'none', string>>;
    /** Where a rule comes from. */
    readonly sources: Readonly<Record<'article' | 'heuristic' | 'user', string>>;
    /** Chart titles. */
    readonly charts: Readonly<Record<'functions' | 'categories' | 'heatMap', string>>;
    /** Stands in for the category of records without a usable one. */
    readonly noCategory: string;
    /** Heads the heat-map column of partners with no managing unit. */
    readonly noOwner: string;
    /** Stands in for the typical option of a category whose option depends on its subtype. */
    readonly typicalVaries: string;
    /** A part of a whole, e.g. categories with partners of all the function's categories. */
    readonly ofTotal: (params: { readonly part: string; readonly total: string }) => string;
    /** The current option and the recommended one. */
    readonly change: (params: { readonly from: string; readonly to: string }) => string;
    /** A name with a count, e.g. a unit and how many partners it manages. */
    readonly withCount: (params: { readonly label: string; readonly count: string }) => string;
    /** Joins the items of a list. */
    readonly list: (items: readonly string[]) => string;
    /** The value printed beside a bar: the count and the share. */
    readonly barValue: (params: { readonly count: string; readonly share: string }) => string;
    /** A list of record ids cut short, and how many more there are. */
    readonly more: (params: { readonly list: string; readonly count: string }) => string;
    /** The tooltip of a heat-map cell. */
    readonly cell: (params: { readonly category: string; readonly unit: string; readonly count: number }) => string;
  };
}
