/**
 * Names for ids in a locale's sentences: a record field, a field's value, a rule and a
 * number, each as a reader of that language expects it. The Swedish messages use these so
 * that no id reaches a Swedish sentence ("fas: före lansering", not "stage pre-offer").
 * Everything here reads the locale it is given; the engine and parser pass ids as before.
 */
import { categoryById } from '../taxonomy/category-index.js';
import { isKnownUnit, isManagementOption, isPartnerCategory, isPartnerFunction, isPartnerGroup } from '../taxonomy/guards.js';
import type { PartnerCategory } from '../taxonomy/types.js';
import type { Locale, LabelledField } from './types.js';

const formats = /* @__PURE__ */ new Map<string, Intl.NumberFormat>();

/**
 * The number format of a locale code, made once per code and options. An unknown or
 * malformed code must not make a message or a report throw: it falls back to English
 * digits, keeping the locale's words.
 * @internal
 */
export function numberFormat(code: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${code} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(code, options);
    } catch {
      format = new Intl.NumberFormat('en', options);
    }
    formats.set(key, format);
  }
  return format;
}

/**
 * A count or measure in the locale's number format. For `sv`: `1 234` and `0,5`, grouped
 * with a no-break space (U+00A0), as `Intl.NumberFormat('sv-SE')` writes it, so a number
 * never breaks across lines.
 * @internal
 */
export function formatNumber(locale: Pick<Locale, 'code'>, n: number): string {
  return numberFormat(locale.code, { maximumFractionDigits: 3 }).format(n);
}

/**
 * A share as a whole percentage in the locale's format: `40 %` in Swedish (with a
 * no-break space), `40%` in English.
 * @internal
 */
export function formatPercent(locale: Pick<Locale, 'code'>, share: number): string {
  return numberFormat(locale.code, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/**
 * A label as it reads inside a sentence: its first letter in lower case, unless the label
 * starts with an acronym ("MSP / CMSP", "SLA"), which keeps its case.
 * @internal
 */
export function inSentence(label: string): string {
  const [first = '', second = ''] = label;
  return second !== '' && second === second.toLowerCase() && second !== second.toUpperCase()
    ? `${first.toLowerCase()}${label.slice(first.length)}`
    : label;
}

const hasOwn = <T extends object>(object: T, key: PropertyKey): key is keyof T => Object.hasOwn(object, key);

/**
 * The name of a rule field in the locale: a record field by its label, the group, a
 * context factor or a custom field in words. Anything else is shown as it is.
 * @internal
 */
export function fieldName(locale: Locale, path: string): string {
  if (hasOwn(locale.fields, path)) return locale.fields[path as LabelledField];
  if (path === 'group') return locale.names.group;
  if (path.startsWith('context.')) {
    const factor = path.slice('context.'.length);
    return hasOwn(locale.names.context, factor) ? locale.names.context[factor] : path;
  }
  if (path.startsWith('custom.')) return locale.names.custom({ name: path.slice('custom.'.length) });
  return path;
}

/**
 * The name of a value of a rule field in the locale: taxonomy ids by their labels, power
 * balances in words, numbers in the locale's format, other text quoted as it is.
 * @internal
 */
export function valueName(locale: Locale, field: string, value: unknown): string {
  if (typeof value === 'number') return formatNumber(locale, value);
  if (typeof value === 'boolean') return locale.names.booleans[String(value) as 'true' | 'false'];
  if (typeof value !== 'string') return JSON.stringify(value) ?? String(value);
  const label = labelOf(locale, field, value);
  return label === undefined ? `'${value}'` : label;
}

/**
 * The label of a rule field's value in the locale, when the value is a taxonomy id (or a
 * power balance) the locale names; `undefined` otherwise.
 * @internal
 */
export function labelOf(locale: Locale, field: string, value: string): string | undefined {
  switch (field) {
    case 'category':
      return isPartnerCategory(value) ? locale.categories[value].label : undefined;
    case 'function':
      return isPartnerFunction(value) ? locale.functions[value].label : undefined;
    case 'group':
      return isPartnerGroup(value) ? locale.groups[value].label : undefined;
    case 'management':
    case 'context.convention':
      return isManagementOption(value) ? locale.options[value].label : undefined;
    case 'managedBy':
      return isKnownUnit(value) ? locale.units[value] : undefined;
    case 'context.power':
      return hasOwn(locale.names.power, value) ? locale.names.power[value] : undefined;
    default: {
      if (!hasOwn(locale.subtypes, field)) return undefined;
      const values = locale.subtypes[field].values as Readonly<Record<string, { readonly label: string }>>;
      return hasOwn(values, value) ? values[value]?.label : undefined;
    }
  }
}

/**
 * The name of any taxonomy id in the locale, whatever its kind: a category, function,
 * group, option or unit by its label. Text that is no id is returned as it is.
 * @internal
 */
export function idName(locale: Locale, id: string): string {
  if (isPartnerCategory(id)) return locale.categories[id].label;
  if (isPartnerFunction(id)) return locale.functions[id].label;
  if (isPartnerGroup(id)) return locale.groups[id].label;
  if (isManagementOption(id)) return locale.options[id].label;
  if (isKnownUnit(id)) return locale.units[id];
  return id;
}

/**
 * The name of a rule in the locale. The default rules' ids follow a public pattern
 * (`article:<category>[:<subtype value>]`, `article:<function>`,
 * `heuristic:convention:<option>`, `heuristic:partner-power`, `heuristic:diverse-segment`),
 * so they are named in words; a user's rule keeps its own id.
 * @internal
 */
export function ruleName(locale: Locale, id: string): string {
  const [source, subject = '', detail] = id.split(':');
  const words = locale.names.rules;
  if (source === 'article') {
    if (isPartnerFunction(subject) && detail === undefined) return words.article({ subject: inSentence(locale.functions[subject].label) });
    if (isPartnerCategory(subject)) {
      const field = categorySubtypeField(subject, detail);
      const named = locale.categories[subject].label;
      if (detail === undefined) return words.article({ subject: named });
      if (field !== undefined) {
        return words.article({ subject: words.withSubtype({ category: named, field: inSentence(fieldName(locale, field)), value: inSentence(valueName(locale, field, detail)) }) });
      }
    }
  }
  if (source === 'heuristic') {
    if (subject === 'convention' && detail !== undefined && isManagementOption(detail)) {
      return words.convention({ option: inSentence(locale.options[detail].label) });
    }
    if (detail === undefined && hasOwn(words.heuristics, subject)) return words.heuristics[subject];
  }
  return words.user({ id });
}

// The category's subtype field, when `value` is one of its values: the third part of the
// id of an article rule for one subtype value.
function categorySubtypeField(category: PartnerCategory, value: string | undefined): string | undefined {
  const subtype = categoryById.get(category)?.subtype;
  return value !== undefined && subtype != null && (subtype.values as readonly string[]).includes(value)
    ? subtype.field
    : undefined;
}
