import { describe, expect, it } from 'vitest';
import { shippedVocabularies } from '../crosswalk/shipped-vocabularies.js';
import { idsIn } from '../../test/support/swedish-ids.js';
import { en } from './en.js';
import { sv } from './sv.js';
import { svRationaleOf, svVocabularyRationales } from './sv-vocabulary-rationales.js';

// Small English words no Swedish sentence holds: a rationale left half in English shows one.
const englishWords = /\b(?:the|a|an|of|is|are|not|but|or|its|it|by|any|most|may|also|as)\b/;

const mappings = shippedVocabularies.flatMap((vocabulary) => vocabulary.mappings.map((m) => ({ vocabulary: vocabulary.id, ...m })));

describe('the rationales of the shipped vocabularies', () => {
  it('has a Swedish table for exactly the shipped vocabularies', () => {
    expect(Object.keys(svVocabularyRationales)).toEqual(shippedVocabularies.map((v) => v.id));
    expect(mappings.length).toBeGreaterThan(30);
  });

  it.each(mappings.map((m) => [`${m.vocabulary}/${m.value}`, m] as const))('%s has a Swedish rationale, in Swedish', (_name, m) => {
    const text = sv.vocabularyRationale({ vocabulary: m.vocabulary, value: m.value, own: m.rationale });
    expect(text).toBeTypeOf('string');
    const swedish = text ?? '';
    expect(swedish).not.toBe(m.rationale);
    expect(swedish, 'one line, a sentence').toMatch(/^\S[^\n]*\.$/);
    expect(swedish.match(englishWords), swedish).toBeNull();
    expect(idsIn(swedish), swedish).toEqual([]);
  });

  it('finds English where it is left (so the check above can fail)', () => {
    expect('A possible customer, not a partner.'.match(englishWords)).not.toBeNull();
    expect('En kund som köper via en partner; the partner is a separate account.'.match(englishWords)).not.toBeNull();
  });

  it('keeps the English rationale as the mapping wrote it', () => {
    for (const m of mappings) expect(en.vocabularyRationale({ vocabulary: m.vocabulary, value: m.value, own: m.rationale })).toBe(m.rationale);
  });

  it('has no Swedish rationale for a vocabulary or value of your own', () => {
    expect(sv.vocabularyRationale({ vocabulary: 'crm', value: 'Prospect', own: 'Ours.' })).toBeUndefined();
    expect(sv.vocabularyRationale({ vocabulary: 'salesforce', value: 'Gold Reseller', own: 'Ours.' })).toBeUndefined();
    // Keys an object inherits are no vocabulary and no value.
    expect(sv.vocabularyRationale({ vocabulary: 'constructor', value: 'name', own: 'Ours.' })).toBeUndefined();
    expect(sv.vocabularyRationale({ vocabulary: 'hubspot', value: 'toString', own: 'Ours.' })).toBeUndefined();
  });
});

describe('Swedish messages about a value read through a vocabulary', () => {
  const params = (vocabulary: string, value: string, own: string) => ({ value, vocabulary, rationale: own, candidates: [] });

  it.each(mappings.map((m) => [`${m.vocabulary}/${m.value}`, m] as const))('%s: its Swedish rationale, whatever the case of the cell', (_name, m) => {
    const swedish = sv.vocabularyRationale({ vocabulary: m.vocabulary, value: m.value, own: m.rationale }) ?? '';
    // As the crosswalk reads a cell: whatever its case, spacing and punctuation.
    for (const cell of [m.value, m.value.toUpperCase(), ` ${m.value.toLowerCase()} `, m.value.replace(/\W+/g, '-')]) {
      expect(svRationaleOf({ vocabulary: m.vocabulary, value: cell, own: m.rationale })).toBe(swedish);
    }
    const message = sv.messages.not_a_partner(params(m.vocabulary, m.value, m.rationale));
    expect(message).toContain(swedish);
    expect(message).not.toContain(m.rationale);
  });

  it('gives a vocabulary of your own its own rationale, and a value a shipped vocabulary lacks none', () => {
    expect(sv.messages.unclassified_value(params('vår-crm', 'Guldpartner', 'Våra största återförsäljare.'))).toBe(
      "'Guldpartner' (vår-crm) är en partner men anger ingen kategori: Våra största återförsäljare.",
    );
    expect(sv.messages.unclassified_value(params('hubspot', 'Gold Reseller', 'Our own words.'))).toBe(
      "'Gold Reseller' (hubspot) är en partner men anger ingen kategori",
    );
    expect(sv.messages.not_a_partner(params('hubspot', 'prospect', 'A possible customer, not a partner.'))).toBe(
      "'prospect' är ingen partner enligt vokabulären hubspot: En möjlig kund, inte en partner.",
    );
  });
});

describe('Swedish labels of the shipped vocabularies', () => {
  it('keep "leverantör" for the vendor: a company the business buys from is named otherwise', () => {
    const labels = mappings.map((m) => sv.vocabularyLabel({ vocabulary: m.vocabulary, value: m.value, own: m.value }) ?? '');
    // Every value of every shipped vocabulary has one: a key misspelt in the table shows here.
    expect(mappings.filter((_, i) => labels[i] === '').map((m) => `${m.vocabulary}/${m.value}`)).toEqual([]);
    expect(labels.filter((label) => /(?<!tjänste)leverantör/i.test(label))).toEqual([]);
    expect(sv.vocabularyLabel({ vocabulary: 'dynamics', value: 'Supplier', own: 'Supplier' })).toBe('Företag vi köper varor av');
  });
});
