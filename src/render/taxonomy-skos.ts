import { en } from '../locales/en.js';
import type { Locale, NodeText } from '../locales/types.js';
import type { Mapping, Vocabulary } from '../crosswalk/types.js';
import { categoryNodes, functionNodes, groupNodes, optionNodes, taxonomyVersion } from '../taxonomy/data.js';
import { shippedVocabularies } from '../crosswalk/shipped-vocabularies.js';
import { mappingRationale, vocabularyName } from './vocabulary-words.js';

/**
 * Options for {@link taxonomySkos}.
 * @example taxonomySkos({ locales: [en, sv] })
 * @category Render
 */
export interface SkosOptions {
  /** One language for the labels; English by default. */
  readonly locale?: Locale;
  /** Several languages: every concept gets a `prefLabel` and `definition` in each. */
  readonly locales?: readonly Locale[];
  /**
   * Vocabularies to include, each as a concept scheme of its values mapped to the
   * taxonomy; the shipped ones by default. A value's definition is its mapping's
   * rationale: a shipped one in each language, one of your own as you wrote it.
   */
  readonly vocabularies?: readonly Vocabulary[];
}

// Read from the outside value: an outside value broader than our concept has our concept
// as a narrower match, and so on (skos:broadMatch points at the broader concept).
const skosMatch = { exact: 'exactMatch', broader: 'narrowMatch', narrower: 'broadMatch', related: 'relatedMatch' } as const;

/**
 * The IRI base of every concept: ids are unique across the taxonomy, so one space does.
 * @example `${skosBase}oem` // 'urn:partner-taxonomy:oem'
 * @category Render
 */
export const skosBase = 'urn:partner-taxonomy:';

/**
 * A JSON-LD node of the SKOS export: a concept or a concept scheme.
 * @example const oem: SkosConcept | undefined = taxonomySkos()['@graph'].find((c) => c['notation'] === 'oem');
 * @category Render
 */
export type SkosConcept = Record<string, unknown>;

/**
 * The taxonomy as SKOS in JSON-LD: a concept scheme of functions, groups, categories and
 * subtype values linked by `broader`/`narrower`, with a `prefLabel` and `definition` per
 * language and acronyms as `altLabel`s tagged with each language; the management options
 * form a second scheme, and each crosswalk vocabulary one more, its values top concepts
 * with a `prefLabel` and their rationale as `definition` per language, and a SKOS
 * mapping relation to the taxonomy.
 * @param options - The language or languages of labels.
 * @returns A JSON-LD document (serialise it with `JSON.stringify`).
 * @example taxonomySkos({ locales: [en, sv] })['@graph'].length // 81: 2 schemes, 4 functions, 2 groups, 22 categories, 9 subtype values, 5 options, and 5 vocabularies with their 32 values
 * @category Render
 */
export function taxonomySkos(options: SkosOptions = {}): {
  readonly '@context': Record<string, unknown>;
  readonly '@graph': readonly SkosConcept[];
} {
  const locales = options.locales ?? [options.locale ?? en];
  const languageMap = { '@container': '@language' };
  const iri = (id: string) => `${skosBase}${id}`;
  const inLanguages = (text: (locale: Locale) => string) =>
    Object.fromEntries(locales.map((locale) => [locale.code, text(locale)]));
  // A node's label and description in every language, as SKOS names them.
  const described = (text: (locale: Locale) => NodeText | undefined, fallback = '') => ({
    prefLabel: inLanguages((l) => text(l)?.label ?? fallback),
    definition: inLanguages((l) => text(l)?.description ?? ''),
  });
  // Acronyms are the same in every language, so each language lists them, except one that
  // is the label itself (OEM): SKOS keeps a concept's prefLabel and altLabels apart.
  const altLabels = (acronyms: readonly string[], label: (locale: Locale) => string) => {
    const tagged = locales.flatMap((l) => {
      const alternatives = acronyms.filter((a) => a !== label(l));
      return alternatives.length === 0 ? [] : [[l.code, alternatives] as const];
    });
    return tagged.length === 0 ? {} : { altLabel: Object.fromEntries(tagged) };
  };
  const scheme = iri('scheme');
  const optionScheme = iri('management-options');
  const concept = (id: string, extra: SkosConcept): SkosConcept => ({ '@id': iri(id), '@type': 'skos:Concept', notation: id, ...extra });

  const graph: SkosConcept[] = [
    {
      '@id': scheme,
      '@type': 'skos:ConceptScheme',
      prefLabel: inLanguages((l) => l.reference.title),
      'owl:versionInfo': taxonomyVersion,
      hasTopConcept: functionNodes.map((fn) => iri(fn.id)),
    },
    {
      '@id': optionScheme,
      '@type': 'skos:ConceptScheme',
      prefLabel: inLanguages((l) => l.reference.options),
      hasTopConcept: optionNodes.map((o) => iri(o.id)),
    },
  ];
  for (const fn of functionNodes) {
    const children = [
      ...groupNodes.filter((g) => g.function === fn.id).map((g) => g.id),
      ...categoryNodes.filter((c) => c.function === fn.id && c.group === null).map((c) => c.id),
    ];
    graph.push(
      concept(fn.id, {
        inScheme: scheme,
        topConceptOf: scheme,
        ...described((l) => l.functions[fn.id]),
        narrower: children.map(iri),
      }),
    );
  }
  for (const group of groupNodes) {
    graph.push(
      concept(group.id, {
        inScheme: scheme,
        ...described((l) => l.groups[group.id]),
        broader: iri(group.function),
        narrower: categoryNodes.filter((c) => c.group === group.id).map((c) => iri(c.id)),
      }),
    );
  }
  for (const category of categoryNodes) {
    const values = category.subtype?.values ?? [];
    graph.push(
      concept(category.id, {
        inScheme: scheme,
        ...described((l) => l.categories[category.id]),
        ...altLabels(category.acronyms, (l) => l.categories[category.id].label),
        broader: iri(category.group ?? category.function),
        ...(values.length === 0 ? {} : { narrower: values.map((v) => iri(`${category.id}/${v}`)) }),
      }),
    );
    for (const value of values) {
      const field = category.subtype?.field ?? '';
      const text = (l: Locale): NodeText | undefined => (l.subtypes as Record<string, { values: Record<string, NodeText> }>)[field]?.values[value];
      graph.push(
        concept(`${category.id}/${value}`, {
          inScheme: scheme,
          ...described(text, value),
          broader: iri(category.id),
        }),
      );
    }
  }
  for (const option of optionNodes) {
    graph.push(
      concept(option.id, {
        inScheme: optionScheme,
        topConceptOf: optionScheme,
        ...described((l) => l.options[option.id]),
      }),
    );
  }
  for (const vocabulary of options.vocabularies ?? shippedVocabularies) {
    const vocabularyScheme = iri(`vocabulary:${vocabulary.id}`);
    const valueIri = (value: string) => iri(`vocabulary:${vocabulary.id}/${encodeURIComponent(value)}`);
    // A vocabulary's words in every language exported that has them (see
    // vocabulary-words.ts); under English, as they are, when none has.
    const labels = (own: string, value?: string) => {
      const named = locales.flatMap((l) => {
        const label = vocabularyName(l, vocabulary, value);
        return label === undefined ? [] : [[l.code, label] as const];
      });
      return Object.fromEntries(named.length === 0 ? [['en', own]] : named);
    };
    graph.push({
      '@id': vocabularyScheme,
      '@type': 'skos:ConceptScheme',
      prefLabel: labels(vocabulary.label),
      hasTopConcept: vocabulary.mappings.map((m) => valueIri(m.value)),
    });
    const definitions = (m: Mapping) => {
      if (m.rationale === '') return {};
      const named = locales.flatMap((l) => {
        const rationale = mappingRationale(l, vocabulary, m);
        return rationale === undefined ? [] : [[l.code, rationale] as const];
      });
      return { definition: Object.fromEntries(named.length === 0 ? [['en', m.rationale]] : named) };
    };
    // Each value is a top concept of its vocabulary's scheme: the outside vocabularies are
    // flat lists.
    for (const m of vocabulary.mappings) {
      graph.push({
        '@id': valueIri(m.value),
        '@type': 'skos:Concept',
        inScheme: vocabularyScheme,
        topConceptOf: vocabularyScheme,
        prefLabel: labels(m.value, m.value),
        ...definitions(m),
        ...(m.target === null ? {} : { [skosMatch[m.relation as keyof typeof skosMatch]]: iri(m.target.id) }),
      });
    }
  }
  return {
    '@context': {
      skos: 'http://www.w3.org/2004/02/skos/core#',
      owl: 'http://www.w3.org/2002/07/owl#',
      prefLabel: { '@id': 'skos:prefLabel', ...languageMap },
      definition: { '@id': 'skos:definition', ...languageMap },
      altLabel: { '@id': 'skos:altLabel', ...languageMap },
      notation: { '@id': 'skos:notation' },
      inScheme: { '@id': 'skos:inScheme', '@type': '@id' },
      topConceptOf: { '@id': 'skos:topConceptOf', '@type': '@id' },
      hasTopConcept: { '@id': 'skos:hasTopConcept', '@type': '@id' },
      broader: { '@id': 'skos:broader', '@type': '@id' },
      narrower: { '@id': 'skos:narrower', '@type': '@id' },
      exactMatch: { '@id': 'skos:exactMatch', '@type': '@id' },
      broadMatch: { '@id': 'skos:broadMatch', '@type': '@id' },
      narrowMatch: { '@id': 'skos:narrowMatch', '@type': '@id' },
      relatedMatch: { '@id': 'skos:relatedMatch', '@type': '@id' },
    },
    '@graph': graph,
  };
}
