import { enValueKinds } from './en-value-kinds.js';
import { enDidYouMean, enQuoteList } from './en-words.js';
import type { ParseText } from './types.js';

/**
 * The English text of parsing: issue messages, and how a place and a value are named.
 * The default of `parsePartnerRecords` and `formatIssues`, kept apart from the rest of
 * `en` so that a bundle that parses carries no report or rule text.
 * @example enParseText.messages.missing_field({ field: 'name' }) // 'name is missing'
 * @internal
 */
export const enParseText: ParseText = /* @__PURE__ */ Object.freeze({
  code: 'en',
  at: ({ row, field, column }) =>
    `row ${row}${field === undefined ? '' : `, ${field}`}${column === undefined ? '' : ` (column "${column}")`}`,
  valueKinds: enValueKinds,
  messages: {
    not_a_list: ({ valueKind }) => `expected a list of records, but the input is ${enValueKinds[valueKind]}`,
    not_an_object: ({ valueKind }) =>
      `the row is ${enValueKinds[valueKind]}, not a record; expected an object with id, name and category`,
    missing_field: ({ field }) => `${field} is missing`,
    invalid_type: ({ field, valueKind }) => `${field} must be text, but is ${enValueKinds[valueKind]}`,
    unknown_category: ({ value, suggestion, vocabularies }) =>
      vocabularies === undefined || vocabularies.length === 0
        ? `category '${value}' is not a partner category${enDidYouMean(suggestion)}`
        : `category '${value}' is not a partner category but a CRM picklist value: read the column with vocabulary ${enQuoteList(vocabularies)}`,
    unknown_function: ({ value, suggestion }) =>
      `function '${value}' is not a partner function${enDidYouMean(suggestion)}`,
    function_mismatch: ({ value, category, expected }) =>
      `function '${value}' does not match category '${category}', which is a ${expected} partner`,
    invalid_subtype: ({ field, value, category, expected, suggestion }) =>
      suggestion === undefined
        ? `${field} '${value}' is not valid for ${category}; use ${enQuoteList(expected)}`
        : `${field} '${value}' is not valid for ${category}; did you mean '${suggestion}'?`,
    subtype_not_allowed: ({ field, category, owner }) =>
      `${field} applies only to ${owner}, not to ${category}`,
    subtype_conflict: ({ field, value, implied, text }) =>
      `category '${text}' means ${field} '${implied}', but ${field} is '${value}'`,
    unknown_management: ({ value, suggestion }) =>
      `management '${value}' is not a management option${enDidYouMean(suggestion)}`,
    duplicate_id: ({ value, firstIndex }) =>
      `id '${value}' is already used by the record at index ${firstIndex}`,
    unmapped_value: ({ value, vocabulary, suggestion, vocabularies }) =>
      `category '${value}' is neither a ${vocabulary} value nor a partner category${
        vocabularies === undefined || vocabularies.length === 0 ? enDidYouMean(suggestion) : `; it is a value of vocabulary ${enQuoteList(vocabularies)}`
      }`,
    column_choice: ({ field, column, others, by }) =>
      `${field} is read from column "${column}" (${by === 'mapping' ? 'as mapped' : by === 'name' ? 'the field’s own name' : 'the most specific header'}); ${others.map((o) => `"${o}"`).join(', ')} ${others.length === 1 ? 'is kept as a custom field' : 'are kept as custom fields'}`,
    missing_category: () => 'no category given',
    generic_category: ({ value, candidates }) =>
      candidates.length === 0
        ? `'${value}' names no category`
        : candidates.length === 1
          ? `'${value}' does not say which category; most likely ${enQuoteList(candidates)}`
          : `'${value}' names no single category; it may be ${enQuoteList(candidates)}`,
    ambiguous_category: ({ value, candidates }) => `'${value}' can be read as ${enQuoteList(candidates)}; give the category`,
    function_only: ({ value, function: fn }) => `'${value}' names the ${fn} function, not a category`,
    unclassified_value: ({ value, vocabulary, rationale }) =>
      `'${value}' (${vocabulary}) is a partner but names no category${rationale === '' ? '' : `: ${rationale}`}`,
    not_a_partner: ({ value, vocabulary, rationale }) =>
      `'${value}' is not a partner in ${vocabulary}${rationale === '' ? '' : `: ${rationale}`}`,
    deprecated_category: ({ category, replacedBy }) =>
      `category '${category}' is deprecated; use '${replacedBy}'`,
  },
});
