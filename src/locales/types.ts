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
 * A node's name and description, in one language. The description says what the source
 * article says; anything this project adds (an inference, a reading of an unclear word)
 * is the `gloss`, which every renderer shows as ours.
 * @example
 * ```ts
 * const text: NodeText = en.options['formal-program'];
 * text.description // 'Formal partner-program support.'
 * text.gloss // 'A program’s structured tiers, benefits and requirements.' (our gloss)
 * ```
 * @category Locales
 */
export interface NodeText {
  /** The node's name, as a CRM field, a table or a message shows it. */
  readonly label: string;
  /** What the source article says the node is, in this language. */
  readonly description: string;
  /** This project's reading beyond the article's words, if any: always shown as ours. */
  readonly gloss?: string;
}

/**
 * The part of a {@link NodeText} that is not the label: the article's description and
 * our gloss, if any.
 * @example const text: NodeDescription = { description: 'Formal partner-program support.', gloss: 'Tiers, benefits and requirements.' };
 * @category Locales
 */
export type NodeDescription = Omit<NodeText, 'label'>;

/**
 * The record fields that have a label: a partner record's own fields. It equals the
 * schema's `PartnerRecordField` (a type test proves it), written out here because the
 * locales sit below the schema layer.
 * @example const field: LabelledField = 'managedBy';
 * @category Locales
 */
export type LabelledField =
  | 'id'
  | 'name'
  | 'category'
  | 'function'
  | SubtypeField
  | 'managedBy'
  | 'management'
  | 'region'
  | 'tier'
  | 'vertical'
  | 'country';

/**
 * The short names of the taxonomy in one language: what a CRM field would hold. The
 * resolvers read them (so `resolvePartnerType('Systemintegratör')` and the Swedish text can
 * never drift apart) without the descriptions and messages, which live elsewhere; `fields`
 * names the record fields, for messages and column headers.
 * @example
 * ```ts
 * const labels: TaxonomyLabels = svLabels;
 * labels.subtypes.stage.values['pre-offer'] // 'Före lansering'
 * labels.fields.managedBy // 'Ansvarig enhet'
 * ```
 * @category Locales
 */
export interface TaxonomyLabels {
  /** The name of each partner function, by id, e.g. "Sales partners". */
  readonly functions: Readonly<Record<PartnerFunction, string>>;
  /** The name of each category group, by id, e.g. "Business services". */
  readonly groups: Readonly<Record<PartnerGroup, string>>;
  /** The name of each partner category, by id, e.g. "System integrator". */
  readonly categories: Readonly<Record<PartnerCategory, string>>;
  /** The name of each management option, by id, e.g. "Service level agreement". */
  readonly options: Readonly<Record<ManagementOption, string>>;
  /** Each subtype field's name and the names of its values, by field. */
  readonly subtypes: {
    readonly [F in SubtypeField]: {
      /** The field's name, e.g. "Commercialisation stage" for `stage`. */
      readonly label: string;
      /** The name of each of the field's values, by value id, e.g. "Pre-offer". */
      readonly values: Readonly<Record<SubtypeValue<F>, string>>;
    };
  };
  /** The name of each unit the taxonomy knows, by id, e.g. "Channel sales". */
  readonly units: Readonly<Record<KnownUnit, string>>;
  /**
   * The name of each record field, e.g. "Managed by" for `managedBy`: the field titles of
   * the record's JSON Schema, and a field's name in messages that name fields in words.
   */
  readonly fields: Readonly<Record<LabelledField, string>>;
}

/**
 * Everything of {@link TaxonomyText} that is not a label: descriptions and glosses, the
 * names of primary values and compensation. A language's taxonomy text is its
 * {@link TaxonomyLabels} and these, put together.
 * @example const text: TaxonomyDescriptions['options']['sla'] = { description: 'Governed by service level agreements (SLA).' };
 * @category Locales
 */
export interface TaxonomyDescriptions {
  /** The description and gloss of each partner function, by id. */
  readonly functions: Readonly<Record<PartnerFunction, NodeDescription>>;
  /** The description and gloss of each category group, by id. */
  readonly groups: Readonly<Record<PartnerGroup, NodeDescription>>;
  /** The description and gloss of each partner category, by id. */
  readonly categories: Readonly<Record<PartnerCategory, NodeDescription>>;
  /** The description and gloss of each management option, by id. */
  readonly options: Readonly<Record<ManagementOption, NodeDescription>>;
  /** The description and gloss of each subtype value, by field and then value id. */
  readonly subtypes: {
    readonly [F in SubtypeField]: Readonly<Record<SubtypeValue<F>, NodeDescription>>;
  };
  /** The words for each function's primary value, by id, e.g. "Drive revenue growth directly". */
  readonly primaryValues: Readonly<Record<PrimaryValue, string>>;
  /** The name of each way a category's partners are paid, by id, e.g. "Service fee". */
  readonly compensation: Readonly<Record<Compensation, string>>;
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
  /** The input is not a list of rows; `valueKind` is what it is instead. */
  readonly not_a_list: {
    /** The kind of value the input is. */
    readonly valueKind: ValueKind;
  };
  /** A row is not an object (a scalar, `null` or a list); `valueKind` is what it is. */
  readonly not_an_object: {
    /** The kind of value the row is. */
    readonly valueKind: ValueKind;
  };
  /** A required field (`id` or `name`) is absent or blank. */
  readonly missing_field: {
    /** The field that is missing. */
    readonly field: string;
  };
  /** A cell is neither text, a finite number nor blank (an object, a list, `true`…). */
  readonly invalid_type: {
    /** The field the cell was read for. */
    readonly field: string;
    /** The kind of value the cell holds. */
    readonly valueKind: ValueKind;
  };
  /**
   * The category cell names no category, function or generic partner type ("Reseller"),
   * and the column is read with no vocabulary.
   */
  readonly unknown_category: {
    /** The cell's text, as the message quotes it (cut short when long). */
    readonly value: string;
    /** The category id nearest to the text, if one is near enough. */
    readonly suggestion?: string;
    /** The shipped vocabularies that list the value, when it is a CRM's picklist value. */
    readonly vocabularies?: readonly string[];
  };
  /** The function cell names no partner function. */
  readonly unknown_function: {
    /** The cell's text, as the message quotes it (cut short when long). */
    readonly value: string;
    /** The function id nearest to the text, if one is near enough. */
    readonly suggestion?: string;
  };
  /** The function cell names a function other than the category's. */
  readonly function_mismatch: {
    /** The function cell's text, as the message quotes it (cut short when long). */
    readonly value: string;
    /** The row's category. */
    readonly category: PartnerCategory;
    /** The category's own function. */
    readonly expected: PartnerFunction;
  };
  /** A subtype cell holds no value of its field. */
  readonly invalid_subtype: {
    /** The subtype field. */
    readonly field: SubtypeField;
    /** The cell's text, as the message quotes it (cut short when long). */
    readonly value: string;
    /** The category the field belongs to: the row's category, when it has one. */
    readonly category: PartnerCategory;
    /** The ids of the field's values. */
    readonly expected: readonly string[];
    /** The value nearest to the text, if one is near enough. */
    readonly suggestion?: string;
  };
  /** A subtype cell is filled on a row whose category does not have that subtype. */
  readonly subtype_not_allowed: {
    /** The subtype field. */
    readonly field: SubtypeField;
    /** The row's category. */
    readonly category: PartnerCategory;
    /** The category the field belongs to. */
    readonly owner: PartnerCategory;
  };
  /** The category text implies a subtype value ("ISV" means `kind: 'isv'`), and the subtype cell gives another. */
  readonly subtype_conflict: {
    /** The subtype field. */
    readonly field: SubtypeField;
    /** The value the subtype cell gives, as an id. */
    readonly value: string;
    /** The value the category text implies. */
    readonly implied: string;
    /** The category cell's text, as the message quotes it (cut short when long). */
    readonly text: string;
  };
  /** The management cell names no management option. */
  readonly unknown_management: {
    /** The cell's text, as the message quotes it (cut short when long). */
    readonly value: string;
    /** The option id nearest to the text, if one is near enough. */
    readonly suggestion?: string;
  };
  /** A partner row's id is one an earlier partner row already has. */
  readonly duplicate_id: {
    /** The id. */
    readonly value: string;
    /** The index in the input of the earlier row with the id. */
    readonly firstIndex: number;
  };
  /**
   * The column is read with a vocabulary, and the category cell is neither one of its
   * values nor text that names a category, a function or a generic partner type.
   */
  readonly unmapped_value: {
    /** The cell's text, as the message quotes it (cut short when long). */
    readonly value: string;
    /** The id of the vocabulary the column is read with. */
    readonly vocabulary: string;
    /** The category id nearest to the text, if one is near enough. */
    readonly suggestion?: string;
    /** Other shipped vocabularies that list the value. */
    readonly vocabularies?: readonly string[];
  };
  /** Warning: a field could be read from several columns; `column` is the one read. */
  readonly column_choice: {
    /** The record field. */
    readonly field: string;
    /** The header of the column read. */
    readonly column: string;
    /** The headers of the other columns, kept as custom fields. */
    readonly others: readonly string[];
    /** Why `column` won: the caller's mapping, the field's own name, or the most specific header. */
    readonly by: 'mapping' | 'name' | 'header';
  };
  /** Unclassified: the row gives no category. */
  readonly missing_category: Record<string, never>;
  /** Unclassified: the text names partners of several categories ("Reseller"). */
  readonly generic_category: {
    /** The category cell's text, as the message quotes it (cut short when long). */
    readonly value: string;
    /** The categories the text may mean; empty when it names none in particular. */
    readonly candidates: readonly PartnerCategory[];
  };
  /** Unclassified: the text is read in more than one way ("VAR"). */
  readonly ambiguous_category: {
    /** The category cell's text, as the message quotes it (cut short when long). */
    readonly value: string;
    /** The categories the text can be read as, `resolvePartnerType`'s reading first. */
    readonly candidates: readonly PartnerCategory[];
  };
  /** Unclassified: the text names a function, not a category ("Influencer"). */
  readonly function_only: {
    /** The category cell's text, as the message quotes it (cut short when long). */
    readonly value: string;
    /** The function the text names. */
    readonly function: PartnerFunction;
  };
  /** Unclassified: a vocabulary says the value is a partner but not of which category. */
  readonly unclassified_value: {
    /** The category cell's text, as the message quotes it (cut short when long). */
    readonly value: string;
    /** The id of the vocabulary the column is read with. */
    readonly vocabulary: string;
    /** The vocabulary's reason for its mapping; `''` when it gives none. */
    readonly rationale: string;
    /** The categories the vocabulary's mapping says the value may be; may be empty. */
    readonly candidates: readonly PartnerCategory[];
  };
  /** Skipped: a vocabulary says the value is no partner. */
  readonly not_a_partner: {
    /** The category cell's text, as the message quotes it (cut short when long). */
    readonly value: string;
    /** The id of the vocabulary the column is read with. */
    readonly vocabulary: string;
    /** The vocabulary's reason for its mapping; `''` when it gives none. */
    readonly rationale: string;
  };
  /** Warning: the row's category is deprecated; the record is read, with the old id. */
  readonly deprecated_category: {
    /** The deprecated category. */
    readonly category: PartnerCategory;
    /** The id to use instead. */
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
  /** A required key is absent (or a rule's `id` is empty). */
  readonly missing_key: {
    /** The key. */
    readonly key: string;
  };
  /** A value is of the wrong kind, e.g. a list where a rule (an object) belongs. */
  readonly wrong_type: {
    /** The kind the place takes; `scalar` (text, a number or true or false) for an `equals` or `in` operand. */
    readonly expected: ValueKind | 'scalar';
    /** The kind of the value found. */
    readonly valueKind: ValueKind;
  };
  /**
   * A key is not allowed where it is, or a rule's `source` is not a source (then `key` is
   * the value).
   */
  readonly unknown_key: {
    /** The key as written (cut short when long), or the bad `source`. */
    readonly key: string;
    /** What is allowed there: the keys, or the sources. */
    readonly allowed: readonly string[];
  };
  /** An `all`, `any` or `not` is nested deeper than `maxConditionDepth`. */
  readonly too_deep: {
    /** How deep conditions may nest: `maxConditionDepth`. */
    readonly max: number;
  };
  /** A condition is neither a field test with an operator nor an `all`, `any` or `not`. */
  readonly unknown_operator: {
    /** The keys the condition has. */
    readonly keys: readonly string[];
    /** The names of the rule language's operators, for the message to list. */
    readonly operators: readonly string[];
  };
  /** A test's `field` is no field a rule can test. */
  readonly unknown_field: {
    /** The field as written (cut short when long). */
    readonly field: string;
    /** The rule field nearest to it, if one is near enough. */
    readonly suggestion?: string;
  };
  /**
   * A value is not one the field takes (`'resellr'` for `category`), or a rule's
   * `recommend` is no management option.
   */
  readonly invalid_value: {
    /** The value as text (cut short when long). */
    readonly value: string;
    /** What the value should have been: which kind of id, or a power balance. */
    readonly kind: 'category' | 'function' | 'group' | 'option' | 'subtype' | 'power';
  };
  /**
   * A `gt`, `gte`, `lt` or `lte` is not given a number, or a test of a field that takes
   * numbers only (`context.homogeneity`) compares it with something else.
   */
  readonly not_a_number: {
    /** The test's operator. */
    readonly operator: string;
  };
  /** An `in`, `all` or `any` is given an empty list. */
  readonly empty_list: {
    /** `in`, `all` or `any`. */
    readonly operator: string;
  };
  /** Two rules have the same id. */
  readonly duplicate_rule_id: {
    /** The id. */
    readonly id: string;
    /**
     * The place among your rules (`rules[i]`) of the first rule with the id; left out when
     * either rule is one of the default rules (the problem's path is then your rule's).
     */
    readonly firstIndex?: number;
  };
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
  /** Words for `equals`: the field is the value given, e.g. `'to be "oem"'`. */
  readonly equals: (expected: string) => string;
  /** Words for `in`: the field is one of the values given (`expected` is the list). */
  readonly in: (expected: string) => string;
  /** Words for `exists`: the field has a value (`expected` is `'true'`) or is empty (`'false'`). */
  readonly exists: (expected: string) => string;
  /** Words for `gt`: the field, read as a number, is greater than the bound. */
  readonly gt: (expected: string) => string;
  /** Words for `gte`: the field, read as a number, is at least the bound. */
  readonly gte: (expected: string) => string;
  /** Words for `lt`: the field, read as a number, is less than the bound. */
  readonly lt: (expected: string) => string;
  /** Words for `lte`: the field, read as a number, is at most the bound. */
  readonly lte: (expected: string) => string;
  /** Words for `startsWith`: the field's text starts with the text given (case ignored). */
  readonly startsWith: (expected: string) => string;
  /** Words for `contains`: the field's text contains the text given (case ignored). */
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
    /** The category the rule is for. */
    readonly category: PartnerCategory;
    /** The subtype value the rule also tests, when the article's typical option depends on it. */
    readonly subtype?: {
      /** The subtype field, e.g. `stage`. */
      readonly field: SubtypeField;
      /** The value's id, e.g. `pre-offer`. */
      readonly value: string;
    };
    /** The option the article calls typical, which the rule recommends. */
    readonly option: ManagementOption;
  };
  /** An article rule for a whole function. */
  readonly typicalForFunction: {
    /** The function the rule is for. */
    readonly function: PartnerFunction;
    /** The option the article calls typical, which the rule recommends. */
    readonly option: ManagementOption;
  };
  /** The decision waits for data the record lacks. */
  readonly needs: {
    /** The fields the record lacks. */
    readonly fields: readonly string[];
    /** The options those fields would choose between; in "why not", the option asked about. */
    readonly options: readonly ManagementOption[];
  };
  /** A rule fired, but a higher-ranked one decided. */
  readonly outranked: {
    /** The id of the rule that fired. */
    readonly rule: string;
    /** The id of the rule that decided. */
    readonly by: string;
  };
  /** A test failed, for "why not". */
  readonly failedTest: {
    /** The field the test reads. */
    readonly field: string;
    /** The test's operator. */
    readonly operator: keyof OperatorWords;
    /** The test's operand, as the rule gives it. */
    readonly expected: unknown;
    /** The record's value; `undefined` when it has none. */
    readonly actual: unknown;
  };
  /** A `not` failed, for "why not": the condition under it holds. */
  readonly failedNot: {
    /** Where the `not` sits in the rule, e.g. `when.all[1]`. */
    readonly path: string;
  };
  /** No rule applies to the record. */
  readonly noMatch: Record<string, never>;
  /** No rule recommends the option at all. */
  readonly noRule: {
    /** The option asked about. */
    readonly option: ManagementOption;
  };
  /** Heuristic: the caller says the industry convention for the segment is an option. */
  readonly convention: {
    /** The conventional option, which the rule recommends (there is one such rule per option). */
    readonly option: ManagementOption;
  };
  /** Heuristic: the partner holds more power than the vendor. */
  readonly partnerPower: Record<string, never>;
  /** Heuristic: business models in the segment differ. */
  readonly diverseSegment: {
    /** The homogeneity below which the heuristic applies: `diverseSegmentThreshold`. */
    readonly threshold: number;
  };
}

/**
 * The parameters of each inventory finding, one per diagnostic question of the article.
 * @example
 * ```ts
 * const params: FindingParams['management'] = { assessed: 10, total: 12, mismatches: 3, undecided: 0 };
 * en.findings.management(params)
 * // '3 of 10 relationships with a known management are managed differently from what is typical for their type.'
 * ```
 * @category Locales
 */
export interface FindingParams {
  /** 1. Do we have every partner type the business needs, given our offering portfolio? */
  readonly coverage: {
    /** How many categories have at least one partner. */
    readonly present: number;
    /** How many categories the taxonomy has. */
    readonly total: number;
    /** The categories with no partner, in taxonomy order. */
    readonly missing: readonly PartnerCategory[];
    /** The required categories (the inventory's `required`) with no partner; `undefined` when none were named. */
    readonly requiredMissing: readonly PartnerCategory[] | undefined;
    /** Partners whose category is unknown, so coverage may be incomplete. */
    readonly unclassified: number;
  };
  /** 2. Is every partner strategy aligned with the business strategy? */
  readonly alignment: {
    /** Each function's share of the records, in taxonomy order. */
    readonly shares: readonly {
      /** The function. */
      readonly function: PartnerFunction;
      /** The records in the function's categories over all records, from 0 to 1. */
      readonly share: number;
    }[];
  };
  /** 3. Are we confident the relationships are managed well? */
  readonly management: {
    /** Records whose current `management` is known, so they can be compared. */
    readonly assessed: number;
    /** How many records were read. */
    readonly total: number;
    /** How many of the assessed records are managed differently from the recommendation. */
    readonly mismatches: number;
    /** How many records the rules could not decide. */
    readonly undecided: number;
  };
  /** 4. Is partner value communicated clearly and consistently to the whole organisation? */
  readonly communication: {
    /** How many categories are managed by more than one unit. */
    readonly multiManaged: number;
    /** How many records have no `managedBy`. */
    readonly unowned: number;
    /** How many units manage partners of a known category. */
    readonly units: number;
  };
  /** 5. Are there partner-management tools that grow staff skills and keep partners satisfied? */
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
 * primary values, units, compensation and record fields. The lookups (`getCategory` and the like) need
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
  /** The label, description and gloss of each partner function, by id. */
  readonly functions: Readonly<Record<PartnerFunction, NodeText>>;
  /** The label, description and gloss of each category group, by id. */
  readonly groups: Readonly<Record<PartnerGroup, NodeText>>;
  /** The label, description and gloss of each partner category, by id. */
  readonly categories: Readonly<Record<PartnerCategory, NodeText>>;
  /** The label, description and gloss of each management option, by id. */
  readonly options: Readonly<Record<ManagementOption, NodeText>>;
  /** Each subtype field's name, and the text of each of its values, by field. */
  readonly subtypes: {
    readonly [F in SubtypeField]: {
      /** The field's name, e.g. "Commercialisation stage" for `stage`. */
      readonly label: string;
      /** The label, description and gloss of each of the field's values, by value id. */
      readonly values: Readonly<Record<SubtypeValue<F>, NodeText>>;
    };
  };
  /** The words for each function's primary value, by id, e.g. "Drive revenue growth directly". */
  readonly primaryValues: Readonly<Record<PrimaryValue, string>>;
  /** The name of each unit the taxonomy knows, by id, e.g. "Channel sales". */
  readonly units: Readonly<Record<KnownUnit, string>>;
  /** The name of each way a category's partners are paid, by id, e.g. "Service fee". */
  readonly compensation: Readonly<Record<Compensation, string>>;
  /** The labels of the record fields. */
  readonly fields: Readonly<Record<LabelledField, string>>;
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
  /**
   * The message of each parse issue, warning, unclassified partner and skipped row, by
   * code, given the parameters of that code ({@link MessageParams}).
   */
  readonly messages: {
    readonly [C in MessageCode]: (params: MessageParams[C]) => string;
  };
  /**
   * The first line of a `RuleSetError`'s message, before its problems, one a line.
   * @example en.invalidRuleSet({ count: 2 }) // 'Invalid rule set (2 problems):'
   */
  readonly invalidRuleSet: (params: { readonly count: number }) => string;
  /** Messages for problems in a rule set. */
  readonly ruleProblems: {
    readonly [C in keyof RuleProblemParams]: (params: RuleProblemParams[C]) => string;
  };
  /**
   * Words for ids in sentences: the rule fields and values that are no taxonomy node
   * (the group, context factors, custom fields, power balances) and the rules themselves.
   */
  readonly names: {
    /** The category's group as a rule field. */
    readonly group: string;
    /** A custom field, `custom.<name>`, as a rule field. */
    readonly custom: (params: { readonly name: string }) => string;
    /** The context factors (`context.<factor>`). */
    readonly context: Readonly<Record<'convention' | 'power' | 'homogeneity', string>>;
    /** The power balances, values of `context.power`. */
    readonly power: Readonly<Record<'vendor' | 'balanced' | 'partner', string>>;
    /** `true` and `false` as values of a test. */
    readonly booleans: Readonly<Record<'true' | 'false', string>>;
    /** Rules by what they are, for traces. */
    readonly rules: {
      /** An article rule, for a category or function (the subject, already named). */
      readonly article: (params: { readonly subject: string }) => string;
      /** A category with one subtype value, as the subject of an article rule. */
      readonly withSubtype: (params: { readonly category: string; readonly field: string; readonly value: string }) => string;
      /** The convention heuristic for one option. */
      readonly convention: (params: { readonly option: string }) => string;
      /** The other heuristics, by the last part of their id. */
      readonly heuristics: Readonly<Record<'partner-power' | 'diverse-segment', string>>;
      /** A rule of the user's, by its id. */
      readonly user: (params: { readonly id: string }) => string;
    };
  };
  /** The titles and descriptions of a partner record's JSON Schema. */
  readonly schema: {
    /** The schema's `title`, e.g. "Partner record". */
    readonly title: string;
    /** The schema's `description`; `version` is the taxonomy version it was made from. */
    readonly description: (params: { readonly version: string }) => string;
    /** The title of the `custom` field. */
    readonly custom: string;
  };
  /** Headings and words of the generated taxonomy reference. */
  readonly reference: {
    /** The reference's title; also the Mermaid diagram's title and the SKOS concept scheme's `prefLabel`. */
    readonly title: string;
    /** The paragraph under the title: what the taxonomy is, and which facts are ours. */
    readonly intro: string;
    /** Where a fact comes from, as the reference names it. */
    readonly sources: Readonly<Record<'article' | 'project', string>>;
    /** A fact of ours, e.g. "yes (our reading)"; the article's facts are shown bare. */
    readonly projectFact: (params: { readonly fact: string }) => string;
    /** Our gloss after the article's description. */
    readonly gloss: (params: { readonly text: string }) => string;
    /** The article's question and its answer, the inventory by function. */
    readonly question: {
      /** The section's heading. */
      readonly title: string;
      /** The article's question, and why it classifies partners by function. */
      readonly text: string;
    };
    /** Why functions define partners: the article's four reasons, and what follows. */
    readonly whyFunctions: {
      /** The section's heading. */
      readonly title: string;
      /** The sentence that leads into the reasons. */
      readonly intro: string;
      /** The four reasons, in the article's order, as a numbered list. */
      readonly reasons: readonly [string, string, string, string];
      /** The paragraph after the list: most companies have only some of the categories. */
      readonly subset: string;
    };
    /** Not every partner belongs in a program; the three factors. */
    readonly managementNote: string;
    /** How this project reads the three factors: its heuristics. */
    readonly heuristics: {
      /** The section's heading. */
      readonly title: string;
      /** The paragraph above the list: the article names the factors, not how they shift the choice. */
      readonly intro: string;
      /** How the industry-convention heuristic reads the convention. */
      readonly convention: string;
      /** How the partner-power heuristic reads relative power. */
      readonly power: string;
      /** How the diverse-segment heuristic reads homogeneity; `threshold` is its bound, formatted for the language. */
      readonly homogeneity: (params: { readonly threshold: string }) => string;
    };
    /** The units where relationships are managed. */
    readonly units: {
      /** The section's heading. */
      readonly title: string;
      /** The paragraph above the table of units. */
      readonly intro: string;
    };
    /** The five diagnostic questions, and what the inventory answers (our reading). */
    readonly diagnostics: {
      /** The section's heading. */
      readonly title: string;
      /** The paragraph above the table of questions. */
      readonly intro: string;
      /** What the inventory answers to each question, keyed like {@link FindingParams}. */
      readonly answers: Readonly<Record<keyof FindingParams, string>>;
    };
    /** The heading of the section of functions and their categories. */
    readonly functions: string;
    /** The heading of the section of management options; also the `prefLabel` of their SKOS scheme. */
    readonly options: string;
    /** The words before a function's primary value, e.g. "Primary value". */
    readonly primaryValue: string;
    /** The word that names a category's group, beside its label and before the group's description. */
    readonly group: string;
    /** The column headers of the reference's tables; the `lookup` command names its rows with them too. */
    readonly columns: {
      /** A category's label. */
      readonly category: string;
      /** A node's id. */
      readonly id: string;
      /** A node's description, with our gloss. */
      readonly description: string;
      /** The management option the article calls typical for the category. */
      readonly typical: string;
      /** Whether the category's partners take title to (own) what they sell. */
      readonly takesTitle: string;
      /** Whether the category's partners hold inventory. */
      readonly holdsInventory: string;
      /** Whether the category's partners resell. */
      readonly resells: string;
      /** How the category's partners are paid. */
      readonly compensation: string;
      /** The category's subtype field and its values. */
      readonly subtype: string;
      /** The acronyms the category goes by. */
      readonly acronyms: string;
      /** A management option's label. */
      readonly option: string;
      /** A unit's name. */
      readonly unit: string;
      /** Where a unit comes from: the article, or our reading. */
      readonly source: string;
      /** A diagnostic question's number. */
      readonly number: string;
      /** A diagnostic question. */
      readonly question: string;
      /** What the inventory answers to the question. */
      readonly answer: string;
    };
    /** The header of the taxonomy CSV, by column. */
    readonly csv: Readonly<
      Record<
        | 'kind'
        | 'id'
        | 'parent'
        | 'label'
        | 'description'
        | 'gloss'
        | 'source'
        | 'typical'
        | 'takesTitle'
        | 'holdsInventory'
        | 'resells'
        | 'compensation'
        | 'subtype'
        | 'acronyms'
        | 'status',
        string
      >
    >;
    /** The kinds of node, as the CSV's first column names them. */
    readonly kinds: Readonly<Record<'function' | 'group' | 'category' | 'option' | 'unit', string>>;
    /** Node statuses. */
    readonly statuses: Readonly<Record<'active' | 'deprecated', string>>;
    /** The words for a category's facts (takes title, holds inventory, resells). */
    readonly facts: {
      /** The fact holds. */
      readonly yes: string;
      /** The fact does not hold. */
      readonly no: string;
      /** The article says it may or may not hold. */
      readonly varies: string;
      /** Neither the article nor this project says: a dash in English. */
      readonly unstated: string;
    };
    /** How a typical option that depends on a subtype reads, e.g. "pre-offer: one-to-one". */
    readonly byValue: (params: { readonly value: string; readonly option: string }) => string;
    /** The crosswalk section: heading, note and table columns. */
    readonly crosswalks: {
      /** The section's heading. */
      readonly title: string;
      /** The paragraph under the heading: the mappings are this project's own. */
      readonly note: string;
      /** The header of the column of a vocabulary's values. */
      readonly value: string;
      /** The header of the column of each value's mapping relation. */
      readonly relation: string;
      /** The header of the column of the category or function a value maps to. */
      readonly target: string;
      /** The header of the column of each mapping's rationale. */
      readonly rationale: string;
      /** The mapping relations, read from the outside value. */
      readonly relations: Readonly<Record<'exact' | 'broader' | 'narrower' | 'related' | 'unclassified' | 'none', string>>;
    };
    /** The line under the intro that names the taxonomy version. */
    readonly version: (params: { readonly version: string }) => string;
  };
  /** Messages for problems in a user vocabulary (crosswalk) file. */
  readonly vocabularyProblems: {
    /**
     * The file does not have a vocabulary's shape at the problem's path; `expected` is what
     * belongs there, in the locale's words: a kind of value (from `valueKinds`) or the
     * allowed values quoted; absent when the value is wrong in another way.
     */
    readonly shape: (params: { readonly expected?: string }) => string;
    /** A mapping's target or candidate is no partner category (or function) id; `id` as written, `kind` what it should be. */
    readonly unknownTarget: (params: { readonly id: string; readonly kind: 'category' | 'function' }) => string;
    /** A mapping has a target, but its `relation` (`none` or `unclassified`) takes none. */
    readonly targetForNone: (params: { readonly relation: string }) => string;
    /** A mapping with relation `none` (no partner) lists candidates. */
    readonly candidatesForNone: () => string;
    /** A mapping has no target, but its `relation` (`exact`, `broader`, `narrower`, `related`) needs one. */
    readonly missingTarget: (params: { readonly relation: string }) => string;
    /** A value is listed twice in `values`; `firstIndex` is its first place there. */
    readonly duplicateValue: (params: { readonly value: string; readonly firstIndex: number }) => string;
    /** A value in `values` has no mapping. */
    readonly unmappedValue: (params: { readonly value: string }) => string;
    /** A mapping's `value` is not listed in `values`. */
    readonly unlistedValue: (params: { readonly value: string }) => string;
  };
  /**
   * The name of a shipped crosswalk vocabulary (without `value`) or of one of its values
   * in this language, for the SKOS export. `own` is the vocabulary's own word for it, which
   * is English; another language's name is this project's rendering. `undefined` when the
   * language has none (a vocabulary of your own).
   */
  readonly vocabularyLabel: (params: { readonly vocabulary: string; readonly value?: string; readonly own: string }) => string | undefined;
  /**
   * Why a value of a shipped crosswalk vocabulary maps as it does, in this language: the
   * "Rationale" of the reference docs and the value's SKOS `definition`. `own` is the
   * mapping's own rationale, which is English; another language's is this project's
   * translation. `undefined` when the language has none: a vocabulary of your own, whose
   * rationale is yours and is shown as you wrote it.
   */
  readonly vocabularyRationale: (params: { readonly vocabulary: string; readonly value: string; readonly own: string }) => string | undefined;
  /**
   * The rationales `draftVocabulary` (the `map` command) writes into a draft, for you to
   * read before you edit it: why a value maps as it does, or what to decide.
   */
  readonly draftRationales: {
    /** The taxonomy's names read the value as one category: by its own name, or by this package's reading (`projectReading`). */
    readonly category: (params: { readonly category: PartnerCategory; readonly projectReading: boolean }) => string;
    /** The value names a partner function, not one of its categories. */
    readonly functionOnly: (params: { readonly function: PartnerFunction }) => string;
    /** The taxonomy's names read the value as more than one category. */
    readonly ambiguous: (params: { readonly candidates: readonly PartnerCategory[] }) => string;
    /** A generic partner label ("Reseller", "Kanalpartner") that names no single category. */
    readonly generic: () => string;
    /** Nothing knows the value: what the mapping may be. */
    readonly unknown: () => string;
    /** A known vocabulary maps the value: its name and its rationale, both in this language (`rationale` may be empty). */
    readonly asIn: (params: { readonly label: string; readonly rationale: string }) => string;
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
    /** The report's section headings, by section. */
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
        | 'unclassified'
        | 'findings',
        string
      >
    >;
    /** The report's table column headers, by column. */
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
    readonly summary: Readonly<
      Record<'total' | 'assessed' | 'mismatches' | 'undecided' | 'unowned' | 'unclassified' | 'rows' | 'skipped' | 'invalid', string>
    >;
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
    /** Stands in for the function of partners whose data names none. */
    readonly noFunction: string;
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

/**
 * The part of a {@link Locale} that parsing reads: issue messages, and how a place and a
 * value are named. Pass a whole locale such as `sv`; parsing is in English by default, and
 * an English-only bundle carries only this part of `en`.
 * @example const text: ParseText = sv;
 * @category Locales
 */
export type ParseText = Pick<Locale, 'code' | 'at' | 'valueKinds' | 'messages'>;

/**
 * The part of a {@link Locale} that the rule engine reads: reasons, operator words, rule
 * names and rule-file problems. Pass a whole locale such as `sv`; the engine is in English
 * by default, and an English-only bundle carries only this part of `en`.
 * @example const text: RuleText = sv;
 * @category Locales
 */
export type RuleText = Pick<Locale, 'code' | 'valueKinds' | 'invalidRuleSet' | 'ruleProblems' | 'names' | 'operators' | 'reasons'>;

/**
 * The part of a {@link Locale} that the inventory reads: the rule engine's text (its
 * default rules speak the report's language) and the findings. Pass a whole locale such
 * as `sv`.
 * @example const text: InventoryText = sv;
 * @category Locales
 */
export type InventoryText = RuleText & Pick<Locale, 'findings'>;

/**
 * The part of a {@link Locale} that the inventory report's renderers read: the taxonomy's
 * words and the report's headings, columns and phrases. Pass a whole locale such as `sv`;
 * reports are in English by default.
 * @example const text: ReportText = sv;
 * @category Locales
 */
export type ReportText = TaxonomyText & Pick<Locale, 'code' | 'render'>;
