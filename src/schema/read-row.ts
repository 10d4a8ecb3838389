import { parseMessage } from '../locales/parse-message.js';
import { shown } from '../locales/shown.js';
import type { MessageParams, ParseText, ValueKind } from '../locales/types.js';
import {
  resolveManagementOption,
  resolvePartnerFunction,
  resolveSubtypeValue,
  resolveUnit,
  suggestManagementOption,
  suggestPartnerFunction,
  suggestSubtypeValue,
} from '../resolve/resolve-names.js';
import type { Vocabulary } from '../crosswalk/types.js';
import { memoize } from '../resolve/text-index.js';
import { categoryNodes } from '../taxonomy/data.js';
import { functionOf } from '../taxonomy/navigate.js';
import type { CategoryNode, PartnerCategory, PartnerFunction, SubtypeField } from '../taxonomy/types.js';
import type { RecordIssue, RecordIssueCode, RecordWarning } from './issues.js';
import { columnWarning } from './column-warning.js';
import { checkColumnMapping, type ColumnMapping, matchColumns } from './match-columns.js';
import type { RowOutcome, UnclassifiedPartner } from './outcomes.js';
import type { PartnerRecord } from './partner-record.js';
import { type CategoryReading, readCategory, replacementOf } from './read-category.js';
import { type PartnerRecordField, partnerRecordFields, recordFieldTable } from './record-fields.js';

/**
 * Options for reading rows.
 * @example
 * ```ts
 * const options: ReadOptions = { locale: sv, columns: { 'Partner Segment': 'tier' } };
 * parsePartnerRecords([{ id: '1', name: 'Acme', category: 'resellr' }], options).errors[0]?.message
 * // "category 'resellr' är ingen partnerkategori; menade du 'solution-reseller'?"
 * ```
 * @category Schema
 */
export interface ReadOptions {
  /** The language of messages; English by default. */
  readonly locale?: ParseText;
  /**
   * Your column headers mapped to record fields, e.g. `{ 'Partner Segment': 'tier' }`, or
   * to `'custom'` to keep a header as a custom column. Always wins over the headers
   * recognised automatically (see `matchColumns`).
   */
  readonly columns?: ColumnMapping;
  /**
   * The vocabulary the category column speaks, such as `hubspotCompanyType` or one
   * loaded with `parseVocabulary`. Its values are read through the crosswalk first
   * (see `readMapping`): a category, an unclassified partner or a skipped row. Values it
   * does not list still go through `resolvePartnerType`, and anything else is an
   * `unmapped_value` issue, never a guess.
   */
  readonly vocabulary?: Vocabulary;
  /**
   * Vocabularies to name when a category value is not the taxonomy's but one of theirs,
   * such as `crmVocabularies`: the message then says which vocabulary reads the column
   * (`unknown_category` and `unmapped_value` get `vocabularies`). None by default, so a
   * bundle that parses carries no vocabularies it was not given; the command line passes
   * every shipped one.
   */
  readonly knownVocabularies?: readonly Vocabulary[];
}

/** @internal */
export function kindOf(value: unknown): ValueKind {
  const type = typeof value;
  if (value === null || Array.isArray(value)) return value === null ? 'null' : 'array';
  return type === 'function' || type === 'symbol' || type === 'bigint' ? 'other' : type;
}

// What a cell holds: its text (numbers read as text, since CRM ids and tiers are often
// numbers in JSON), '' when blank (missing, null or white space), or `undefined` when it
// cannot be text. Plain returns rather than wrapper objects: this runs for every cell.
function cell(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

// A row's fields live in arrays indexed by the field's position in the field table
// ("slots"), reused from row to row: this is the hot loop of every import.
const fieldCount = recordFieldTable.length;
const slot = /* @__PURE__ */ Object.fromEntries(partnerRecordFields.map((f, i) => [f, i])) as Record<PartnerRecordField, number>;

// Each subtype field with its category and its slot.
const subtypeOwners: readonly (readonly [SubtypeField, CategoryNode, number])[] = /* @__PURE__ */ categoryNodes.flatMap(
  (n) => (n.subtype === null ? [] : [[n.subtype.field, n, slot[n.subtype.field]] as const]),
);

// The fields the taxonomy does not shape (text, units, management options), with their
// slots: the table entries readPlainFields reads, found once rather than on every row.
const plainFields = /* @__PURE__ */ recordFieldTable.flatMap((spec, at) =>
  !spec.required && (spec.value === 'text' || spec.value === 'unit' || spec.value === 'option') ? [{ at, value: spec.value }] : [],
);

/**
 * How the headers of one row shape are read: each slot's cell (its position among the
 * row's keys, so also its header; -1 when the row has none) and the cells kept as custom
 * fields.
 */
interface Plan {
  readonly headers: readonly string[];
  readonly cellOf: readonly number[];
  readonly custom: readonly number[];
}

// The plans of the row shapes met so far: a tree over the keys, in order. Rows of a JSON
// export leave out their empty cells, so the shape changes from row to row; each shape is
// matched once, and a row finds its plan in the pass that reads its cells.
interface Shape {
  readonly next: Map<string, Shape>;
  plan: Plan | undefined;
}

const noCustom: Readonly<Record<string, unknown>> = Object.freeze({});
// Likewise one empty list for the warnings and notices of the many rows that have none.
const none: readonly never[] = Object.freeze([]);

// Beyond this many shapes (rows with keys of their own), plans are made and not kept.
const shapeLimit = 1024;

/**
 * Reads rows of unknown shape into outcomes: a record, an unclassified partner, a skipped
 * row or every issue that stops the row. Never throws on data. One reader serves a whole
 * batch and reuses its scratch state from row to row.
 * @internal
 */
export class RowReader {
  readonly #out: unknown[] = new Array(fieldCount).fill(undefined);
  // The current row's cells in key order; the plan says which cell fills which slot.
  readonly #cells: unknown[] = [];
  #plan: Plan | undefined;
  readonly #shapes: Shape = { next: new Map(), plan: undefined };
  #shapeCount = 0;
  readonly #noticed = new Set<string>();
  #fresh: RecordWarning[] = [];
  // CRM columns repeat a handful of category values across thousands of rows.
  readonly #readCategory: (text: string) => CategoryReading;
  #index = 0;
  #issues: RecordIssue[] | undefined;
  #warnings: RecordWarning[] | undefined;

  readonly #options: ReadOptions;
  readonly #locale: ParseText;

  /** @throws TypeError when `options.columns` is not a valid column mapping. */
  constructor(options: ReadOptions, locale: ParseText) {
    checkColumnMapping(options.columns);
    this.#options = options;
    this.#locale = locale;
    this.#readCategory = memoize((text) => readCategory(text, options.vocabulary, options.knownVocabularies));
  }

  /** The column warnings (`column_choice`) of row shapes first met since the last call. */
  takeColumnWarnings(): readonly RecordWarning[] {
    if (this.#fresh.length === 0) return none;
    const warnings = this.#fresh;
    this.#fresh = [];
    return warnings;
  }

  read(row: unknown, at: number): RowOutcome {
    this.#index = at;
    this.#issues = undefined;
    this.#warnings = undefined;
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      this.#report('not_an_object', { valueKind: kindOf(row) }, undefined, { value: row, column: '' });
      return this.#invalid();
    }
    const custom = this.#readKeys(row as Record<string, unknown>);

    const categoryText = this.#cellText(slot.category);
    const reading = categoryText === undefined ? undefined : this.#readCategory(categoryText);
    if (reading?.kind === 'skipped') return this.#skipped(reading);

    const id = this.#required(slot.id);
    const name = this.#required(slot.name);
    if (reading?.kind === 'error') this.#report(reading.code, reading.params, 'category');
    const node = reading?.kind === 'category' ? reading.node : undefined;
    const out = this.#out;
    // A loop, not `fill`: the builtin's call costs more than the stores.
    for (let i = 0; i < fieldCount; i++) out[i] = undefined;
    out[slot.id] = id;
    out[slot.name] = name;
    const fn = this.#readFunction(node);
    if (reading?.kind === 'category') {
      this.#readSubtypes(reading.node, reading.type as Readonly<Record<string, unknown>>, categoryText ?? '');
      out[slot.category] = reading.node.id;
      out[slot.function] = reading.node.function;
    } else {
      this.#readSubtypes(undefined, undefined, '');
      out[slot.function] = fn ?? (reading?.kind === 'unclassified' ? reading.function : undefined);
    }
    this.#readPlainFields();
    if (this.#issues !== undefined || reading === undefined || reading.kind === 'error') return this.#invalid();

    if (reading.kind === 'category') {
      const replacedBy = replacementOf(reading.node);
      if (replacedBy !== undefined) this.#warn('deprecated_category', { category: reading.node.id, replacedBy });
      // A literal rather than `{}`: V8 tracks the objects a literal makes, and when nearly
      // all of them outlive the young generation, as a batch's records do, it allocates
      // them in the old one at once instead of copying each one there. The table lists
      // these four fields first (a test checks the order of a record's keys).
      const record = { id, name, category: reading.node.id, function: reading.node.function } as Record<string, unknown>;
      this.#build(record, slot.function + 1);
      record['custom'] = custom;
      return { outcome: 'record', index: at, record: record as PartnerRecord, warnings: this.#warnings ?? none };
    }
    const partner = this.#build({ index: at, code: reading.code });
    partner['text'] = categoryText;
    const column = this.#columnOf(slot.category);
    if (column !== undefined && column !== 'category') partner['column'] = column;
    // A function the row states narrows the candidates the text suggests.
    partner['candidates'] = fn === undefined ? reading.candidates : reading.candidates.filter((c) => functionOf(c) === fn);
    if (reading.vocabulary !== undefined) partner['vocabulary'] = reading.vocabulary;
    partner['message'] = parseMessage(this.#locale, reading.code, reading.params);
    partner['custom'] = custom;
    return { outcome: 'unclassified', index: at, partner: partner as unknown as UnclassifiedPartner, warnings: this.#warnings ?? none };
  }

  // Sorts the row's own keys into field slots and custom fields. A "__proto__" column is
  // defined, not assigned (assigning it would set the prototype), so no prototype is
  // touched.
  #readKeys(row: Record<string, unknown>): Readonly<Record<string, unknown>> {
    const cells = this.#cells;
    // Rows of a CSV file all have the last row's keys: matched one by one against them, a
    // row finds the last plan without a walk down the tree, which starts only where a
    // row's keys part from the last row's.
    const last = this.#plan?.headers ?? [];
    let same = this.#plan !== undefined;
    let shape: Shape | undefined = this.#shapes;
    let n = 0;
    for (const key in row) {
      if (!Object.hasOwn(row, key)) continue;
      if (same && last[n] !== key) {
        same = false;
        shape = walk(shape, last, n);
      }
      if (!same) shape = shape?.next.get(key);
      cells[n++] = row[key];
    }
    if (same && n !== last.length) {
      same = false;
      shape = walk(shape, last, n);
    }
    const plan = same ? (this.#plan as Plan) : (shape?.plan ?? this.#newPlan(Object.keys(row)));
    this.#plan = plan;
    // Most rows have no other columns: they share one frozen empty object (custom fields
    // are read-only in the record's type), which spares a million-row file a million
    // objects: about a sixth of the time of parsing such rows.
    if (plan.custom.length === 0) return noCustom;
    const custom: Record<string, unknown> = {};
    for (const i of plan.custom) {
      const key = plan.headers[i] as string;
      if (key === '__proto__') Object.defineProperty(custom, key, { value: cells[i], enumerable: true, writable: true, configurable: true });
      else custom[key] = cells[i];
    }
    return custom;
  }

  #newPlan(headers: readonly string[]): Plan {
    const plan = this.#planFor(headers);
    if (this.#shapeCount < shapeLimit) {
      this.#shapeCount++;
      let shape = this.#shapes;
      for (const key of headers) {
        let next = shape.next.get(key);
        if (next === undefined) shape.next.set(key, (next = { next: new Map(), plan: undefined }));
        shape = next;
      }
      shape.plan = plan;
    }
    return plan;
  }

  #planFor(headers: readonly string[]): Plan {
    const match = matchColumns(headers, this.#options.columns);
    for (const notice of match.notices) {
      const key = JSON.stringify(notice);
      if (!this.#noticed.has(key) && this.#noticed.size < 64) {
        this.#noticed.add(key);
        this.#fresh.push(columnWarning(notice, this.#locale));
      }
    }
    const cellOf = new Array<number>(fieldCount).fill(-1);
    const custom: number[] = [];
    match.fields.forEach((field, i) => {
      if (field === undefined) custom.push(i);
      else cellOf[slot[field]] = i;
    });
    return { headers, cellOf, custom };
  }

  // The header a slot is read from; `undefined` when the row has none.
  #columnOf(at: number): string | undefined {
    const plan = this.#plan;
    return plan?.headers[plan.cellOf[at] ?? -1];
  }

  // The row's cell for a slot, as it came in; `undefined` when the row has none.
  #valueOf(at: number): unknown {
    const i = this.#plan?.cellOf[at] ?? -1;
    return i < 0 ? undefined : this.#cells[i];
  }

  // A cell as text: '' when blank or absent; `undefined`, with an issue, when it cannot be text.
  #cellText(at: number): string | undefined {
    const value = this.#valueOf(at);
    const text = cell(value);
    if (text === undefined) {
      const field = partnerRecordFields[at] as PartnerRecordField;
      this.#report('invalid_type', { field, valueKind: kindOf(value) }, field);
    }
    return text;
  }

  #optional(at: number): string | undefined {
    const text = this.#cellText(at);
    return text === '' ? undefined : text;
  }

  #required(at: number): string | undefined {
    const text = this.#cellText(at);
    if (text !== '') return text;
    const field = partnerRecordFields[at] as PartnerRecordField;
    this.#report('missing_field', { field }, field);
    return undefined;
  }

  // Text, units and management options: every field the taxonomy does not shape, read
  // as its table entry says.
  #readPlainFields(): void {
    for (const { at, value } of plainFields) {
      const text = this.#optional(at);
      if (text === undefined) continue;
      this.#out[at] = value === 'text' ? text : value === 'unit' ? (resolveUnit(text) ?? text) : this.#readManagement(text);
    }
  }

  #readManagement(text: string): string | undefined {
    const management = resolveManagementOption(text);
    if (management === undefined) {
      const suggestion = suggestManagementOption(text);
      const value = shown(text);
      this.#report('unknown_management', suggestion === undefined ? { value } : { value, suggestion }, 'management');
    }
    return management;
  }

  // Function: optional, but when given it must agree with the category.
  #readFunction(node: CategoryNode | undefined): PartnerFunction | undefined {
    const text = this.#optional(slot.function);
    if (text === undefined) return undefined;
    const fn = resolvePartnerFunction(text);
    const value = shown(text);
    if (fn === undefined) {
      const suggestion = suggestPartnerFunction(text);
      this.#report('unknown_function', suggestion === undefined ? { value } : { value, suggestion }, 'function');
    } else if (node !== undefined && fn !== node.function) {
      this.#report('function_mismatch', { value, category: node.id, expected: node.function }, 'function');
    }
    return fn;
  }

  // Subtypes: each field belongs to one category. A blank cell is no value (CSV exports
  // carry every column on every row), so only a non-blank value on the wrong row is an
  // error. Without a category (an unclassified partner), any valid value is kept.
  #readSubtypes(node: CategoryNode | undefined, implied: Readonly<Record<string, unknown>> | undefined, text: string): void {
    for (const [field, owner, at] of subtypeOwners) {
      const value = this.#optional(at);
      if (value === undefined) {
        const impliedValue = node === owner ? implied?.[field] : undefined;
        if (typeof impliedValue === 'string') this.#out[at] = impliedValue;
        continue;
      }
      if (node !== undefined && node !== owner) {
        this.#report('subtype_not_allowed', { field, category: node.id, owner: owner.id as PartnerCategory }, field);
        continue;
      }
      const resolved = resolveSubtypeValue(field, value);
      if (resolved === undefined) {
        const suggestion = suggestSubtypeValue(field, value);
        const expected = owner.subtype?.values ?? [];
        const params = { field, value: shown(value), category: owner.id as PartnerCategory, expected };
        this.#report('invalid_subtype', suggestion === undefined ? params : { ...params, suggestion }, field);
        continue;
      }
      const impliedValue = implied?.[field];
      if (typeof impliedValue === 'string' && impliedValue !== resolved) {
        this.#report('subtype_conflict', { field, value: resolved, implied: impliedValue, text: shown(text) }, field);
        continue;
      }
      this.#out[at] = resolved;
    }
  }

  // The output fields in table order from slot `from`, after whatever leads them.
  #build(lead: Record<string, unknown>, from = 0): Record<string, unknown> {
    for (let at = from; at < fieldCount; at++) {
      const value = this.#out[at];
      if (value !== undefined) lead[partnerRecordFields[at] as PartnerRecordField] = value;
    }
    return lead;
  }

  #skipped(reading: CategoryReading & { kind: 'skipped' }): RowOutcome {
    const skipped: Record<string, unknown> = { index: this.#index, code: 'not_a_partner', ...reading.params };
    const column = this.#columnOf(slot.category);
    if (column !== undefined && column !== 'category') skipped['column'] = column;
    // Only cells with text: a skipped row is not checked, so its id or name may be blank.
    const id = cell(this.#valueOf(slot.id));
    const name = cell(this.#valueOf(slot.name));
    if (id) skipped['id'] = id;
    if (name) skipped['name'] = name;
    skipped['message'] = parseMessage(this.#locale, 'not_a_partner', reading.params);
    return { outcome: 'skipped', index: this.#index, skipped: skipped as never };
  }

  #invalid(): RowOutcome {
    return { outcome: 'invalid', index: this.#index, errors: this.#issues ?? [] };
  }

  #report<C extends RecordIssueCode>(
    code: C,
    params: MessageParams[C],
    field: PartnerRecordField | undefined,
    input: Input | undefined = field === undefined ? undefined : this.#inputOf(field),
  ): void {
    (this.#issues ??= []).push(located(code, params, this.#index, field, input, parseMessage(this.#locale, code, params)) as RecordIssue);
  }

  #warn(code: 'deprecated_category', params: MessageParams['deprecated_category']): void {
    const issue = located(code, params, this.#index, 'category', this.#inputOf('category'), parseMessage(this.#locale, code, params));
    (this.#warnings ??= []).push(issue as RecordWarning);
  }

  #inputOf(field: PartnerRecordField): Input | undefined {
    const column = this.#columnOf(slot[field]);
    return column === undefined ? undefined : { value: this.#valueOf(slot[field]), column };
  }
}

// Down the tree of shapes by the first `count` keys.
function walk(shape: Shape | undefined, keys: readonly string[], count: number): Shape | undefined {
  for (let i = 0; i < count && shape !== undefined; i++) shape = shape.next.get(keys[i] as string);
  return shape;
}

interface Input {
  readonly value: unknown;
  readonly column: string;
}

// Built by assignment rather than object spreads: issues are frequent in bad exports.
function located(
  code: string,
  params: object,
  index: number,
  field: string | undefined,
  input: Input | undefined,
  text: string,
): object {
  const issue: Record<string, unknown> = { code, index, path: field === undefined ? [] : [field] };
  if (input !== undefined && field !== undefined && input.column !== field) issue['column'] = input.column;
  issue['received'] = input?.value;
  Object.assign(issue, params);
  issue['message'] = text;
  return issue;
}
