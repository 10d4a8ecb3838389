import jsonld from 'jsonld';
import { Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { describe, expect, it } from 'vitest';
import { en } from '../locales/en.js';
import { sv } from '../locales/sv.js';
import type { Locale } from '../locales/types.js';
import { shippedVocabularies } from '../crosswalk/shipped-vocabularies.js';
import { skosBase, taxonomySkos, type SkosConcept } from './taxonomy-skos.js';

// The SKOS export checked as RDF, by tools other people wrote: the JSON-LD processor turns
// the document into triples, and a SHACL validator checks them against the shapes below,
// which encode the W3C SKOS integrity conditions the export can break and what we promise
// on top (a label and a definition in every shipped language, a place in a hierarchy).
const shipped: readonly Locale[] = [en, sv];

const shapes = (languages: readonly string[]) => `
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix s: <urn:partner-taxonomy:shapes#> .

s:concept a sh:NodeShape ;
  sh:targetClass skos:Concept ;
  sh:not [ sh:class skos:ConceptScheme ] ;                       # S9
  sh:property [
    sh:path skos:prefLabel ; sh:message "a prefLabel in each shipped language, one per language" ;
    sh:datatype rdf:langString ; sh:languageIn (${languages.map((l) => `"${l}"`).join(' ')}) ;
    sh:uniqueLang true ;                                         # S14
    sh:minCount ${languages.length} ; sh:minLength 1
  ] ;
  sh:property [
    sh:path skos:altLabel ; sh:message "an altLabel has a shipped language and is not the prefLabel" ;
    sh:datatype rdf:langString ; sh:languageIn (${languages.map((l) => `"${l}"`).join(' ')}) ;
    sh:disjoint skos:prefLabel                                   # S13
  ] ;
  sh:property [
    sh:path skos:hiddenLabel ; sh:message "a hiddenLabel has a language and is no other label" ;
    sh:datatype rdf:langString ; sh:disjoint skos:prefLabel, skos:altLabel
  ] ;
  sh:property [
    sh:path skos:definition ; sh:message "a definition in each shipped language, one per language" ;
    sh:datatype rdf:langString ; sh:languageIn (${languages.map((l) => `"${l}"`).join(' ')}) ;
    sh:uniqueLang true ; sh:minCount ${languages.length} ; sh:minLength 1
  ] ;
  sh:property [ sh:path skos:inScheme ; sh:message "in a concept scheme" ; sh:minCount 1 ; sh:class skos:ConceptScheme ] ;
  sh:property [ sh:path skos:broader ; sh:message "broader than a concept of the file" ; sh:class skos:Concept ] ;
  sh:property [ sh:path skos:narrower ; sh:message "narrower than a concept of the file" ; sh:class skos:Concept ] ;
  sh:property [
    sh:path [ sh:inversePath skos:narrower ] ; sh:message "broader and narrower are stated both ways" ;
    sh:equals skos:broader
  ] ;
  sh:property [
    sh:path [ sh:inversePath skos:hasTopConcept ] ; sh:message "hasTopConcept and topConceptOf are stated both ways" ;
    sh:equals skos:topConceptOf
  ] ;
  # No orphans: following broader from the concept (itself included) reaches the top
  # concepts of its own scheme, and of no other.
  sh:property [
    sh:path ( [ sh:zeroOrMorePath skos:broader ] skos:topConceptOf ) ;
    sh:message "a place in its scheme: a top concept, or narrower than one, in the same scheme" ;
    sh:equals skos:inScheme
  ] ;
  sh:property [ sh:path skos:related ; sh:message "related is not broader" ; sh:disjoint skos:broader ] ;   # S27, direct links
  sh:property [
    sh:path skos:exactMatch ; sh:message "an exact match is not also a broad or related match" ;
    sh:disjoint skos:broadMatch, skos:relatedMatch               # S46
  ] .

s:scheme a sh:NodeShape ;
  sh:targetClass skos:ConceptScheme ;
  sh:property [
    sh:path skos:prefLabel ; sh:message "a scheme has a prefLabel in each shipped language" ;
    sh:datatype rdf:langString ; sh:languageIn (${languages.map((l) => `"${l}"`).join(' ')}) ;
    sh:uniqueLang true ; sh:minCount ${languages.length}
  ] ;
  sh:property [ sh:path skos:hasTopConcept ; sh:message "a scheme has top concepts" ; sh:minCount 1 ; sh:class skos:Concept ] .
`;

/** The document as RDF: JSON-LD to N-Quads with `jsonld`, parsed into a store with `n3`. */
async function toStore(doc: object): Promise<Store> {
  const nquads = (await jsonld.toRDF(doc as jsonld.JsonLdDocument, {
    format: 'application/n-quads',
    // The context is inline; a remote one would be a bug, so nothing is fetched.
    documentLoader: (url: string) => Promise.reject(new Error(`no remote contexts: ${url}`)),
  })) as unknown as string;
  return new Store(new Parser({ format: 'application/n-quads' }).parse(nquads));
}

/** Every SHACL violation, as "focus node: message", for a readable failure. */
async function violations(doc: object, languages: readonly string[] = shipped.map((l) => l.code)): Promise<string[]> {
  const validator = new SHACLValidator(new Store(new Parser({ format: 'text/turtle' }).parse(shapes(languages))));
  const report = await validator.validate(await toStore(doc));
  return report.results.map((r) => `${r.focusNode?.value ?? '?'}: ${r.message.map((m) => m.value).join('; ')}`);
}

describe('taxonomySkos as RDF, under SHACL', () => {
  const doc = taxonomySkos({ locales: shipped });

  it('conforms: every concept labelled and defined in each shipped language, tagged and in its hierarchy', async () => {
    const store = await toStore(doc);
    const concepts = store.getSubjects('http://www.w3.org/1999/02/22-rdf-syntax-ns#type', 'http://www.w3.org/2004/02/skos/core#Concept', null);
    // 4 functions, 2 groups, 22 categories, 9 subtype values, 5 options, and the 15
    // values of the shipped vocabularies.
    expect(concepts).toHaveLength(4 + 2 + 22 + 9 + 5 + shippedVocabularies.reduce((n, v) => n + v.values.length, 0));
    expect(await violations(doc)).toEqual([]);
  });

  it.each(shipped)('conforms in one language too, with that language alone ($code)', async (locale) => {
    expect(await violations(taxonomySkos({ locale }), [locale.code])).toEqual([]);
  });

  it('finds what the export got wrong before: untagged labels, no definition, orphans', async () => {
    const broken = structuredClone(doc) as { '@context': Record<string, unknown>; '@graph': SkosConcept[] };
    const prospect = `${skosBase}vocabulary:salesforce/Prospect`;
    const oem = `${skosBase}oem`;
    const technology = `${skosBase}vocabulary:salesforce/Technology%20Partner`;
    for (const node of broken['@graph']) {
      if (node['@id'] === prospect) {
        delete node['topConceptOf'];
        delete node['definition'];
        node['prefLabel'] = { en: 'Prospect' };
      }
      if (node['@id'] === oem) node['altLabel'] = { en: ['OEM'] };
      // A crosswalk value defined in English only, as the export once wrote them.
      if (node['@id'] === technology) node['definition'] = { en: 'Usually an ISV or IHV.' };
    }
    // An untagged acronym, as the export once wrote them.
    broken['@context'] = { ...broken['@context'], altLabel: { '@id': 'skos:altLabel' } };
    const found = await violations(broken);
    expect(found).toEqual(
      expect.arrayContaining([
        `${prospect}: a prefLabel in each shipped language, one per language`,
        `${prospect}: a definition in each shipped language, one per language`,
        `${prospect}: a place in its scheme: a top concept, or narrower than one, in the same scheme`,
        `${prospect}: hasTopConcept and topConceptOf are stated both ways`,
        `${skosBase}isv-ihv: an altLabel has a shipped language and is not the prefLabel`,
        `${oem}: an altLabel has a shipped language and is not the prefLabel`,
        `${technology}: a definition in each shipped language, one per language`,
      ]),
    );
  });
});

describe('taxonomySkos, the crosswalk vocabularies', () => {
  const doc = taxonomySkos({ locales: shipped });
  const byId = new Map(doc['@graph'].map((c) => [c['@id'] as string, c]));

  it('names every shipped vocabulary and value in Swedish, and not by copying the English', () => {
    for (const vocabulary of shippedVocabularies) {
      expect(byId.get(`${skosBase}vocabulary:${vocabulary.id}`)?.['prefLabel']).toEqual({
        en: vocabulary.label,
        sv: sv.vocabularyLabel({ vocabulary: vocabulary.id, own: vocabulary.label }),
      });
      for (const value of vocabulary.values) {
        const label = sv.vocabularyLabel({ vocabulary: vocabulary.id, value, own: value });
        expect(label, `${vocabulary.id}/${value}`).toBeTypeOf('string');
        // A few words are the same in Swedish; every other value needs a name of its own.
        if (!['Partner', 'Press'].includes(value)) expect(label).not.toBe(value);
      }
    }
    expect(byId.get(`${skosBase}vocabulary:salesforce/Technology%20Partner`)).toMatchObject({
      prefLabel: { en: 'Technology Partner', sv: 'Teknikpartner' },
      definition: {
        en: 'Usually an ISV or IHV, but also covers platform and interoperability partners.',
        sv: 'Oftast en ISV eller IHV, men omfattar även plattformspartner och interoperabilitetspartner.',
      },
      topConceptOf: `${skosBase}vocabulary:salesforce`,
    });
  });

  it('defines every shipped value by its rationale in each language, the Swedish its own', () => {
    for (const vocabulary of shippedVocabularies) {
      for (const m of vocabulary.mappings) {
        const definition = byId.get(`${skosBase}vocabulary:${vocabulary.id}/${encodeURIComponent(m.value)}`)?.['definition'];
        const swedish = sv.vocabularyRationale({ vocabulary: vocabulary.id, value: m.value, own: m.rationale });
        expect(definition, `${vocabulary.id}/${m.value}`).toEqual({ en: m.rationale, sv: swedish });
        expect(swedish).not.toBe(m.rationale);
      }
    }
    // One language alone: the definition in that language only.
    const svOnly = taxonomySkos({ locale: sv })['@graph'].find((c) => c['@id'] === `${skosBase}vocabulary:hubspot/Partner`);
    expect(svOnly?.['definition']).toEqual({ sv: 'En partner av vilket slag som helst; värdet anger inte vilken kategori.' });
  });

  it('defines a mapping of your own by your rationale, even under a shipped vocabulary’s id', () => {
    const own = {
      id: 'hubspot',
      label: 'Our HubSpot',
      values: ['Partner'],
      mappings: [{ value: 'Partner', relation: 'unclassified', target: null, rationale: 'Ours.', source: 'user' }],
    } as const;
    for (const locales of [shipped, [sv]]) {
      const graph = taxonomySkos({ locales, vocabularies: [own] })['@graph'];
      const value = graph.find((c) => c['@id'] === `${skosBase}vocabulary:hubspot/Partner`);
      expect(value?.['definition']).toEqual({ en: 'Ours.' });
      // Its names are yours too, as the Markdown reference has them: no Swedish name of HubSpot's.
      expect(graph.find((c) => c['@id'] === `${skosBase}vocabulary:hubspot`)?.['prefLabel']).toEqual({ en: 'Our HubSpot' });
      expect(value?.['prefLabel']).toEqual({ en: 'Partner' });
    }
  });

  it('labels a vocabulary of your own in its own words, which Swedish has no name for', async () => {
    const own = {
      id: 'crm',
      label: 'Our CRM',
      values: ['constructor', 'VAR'],
      mappings: [
        { value: 'constructor', relation: 'none', target: null, rationale: '', source: 'user' },
        { value: 'VAR', relation: 'exact', target: { kind: 'category', id: 'solution-reseller' }, rationale: 'Ours.', source: 'user' },
      ],
    } as const;
    const mine = taxonomySkos({ locales: shipped, vocabularies: [own] });
    const value = mine['@graph'].find((c) => c['@id'] === `${skosBase}vocabulary:crm/constructor`);
    expect(value).toMatchObject({ prefLabel: { en: 'constructor' } });
    expect(value).not.toHaveProperty('definition');
    const svOnly = taxonomySkos({ locale: sv, vocabularies: [own] })['@graph'];
    expect(svOnly.find((c) => c['@id'] === `${skosBase}vocabulary:crm/VAR`)).toMatchObject({ prefLabel: { en: 'VAR' } });
  });
});
