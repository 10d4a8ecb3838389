import { describe, expect, it } from 'vitest';
import { categoryNodes, functionNodes, groupNodes, optionNodes, taxonomyVersion, unitNodes } from './data.js';
import { knownUnits } from './ids.js';

// The ids are a public contract (TAXONOMY.md): this list is written out on purpose, so
// that renaming or dropping an id fails here even though the types would follow along.
const contract = {
  solution: ['isv-ihv', 'platform', 'system-integrator', 'oem', 'interoperability', 'msp-cmsp'],
  sales: ['solution-reseller', 'value-added-distributor', 'cloud-reseller', 'sales-agent'],
  service: [
    'authorized-service',
    'logistics-3pl',
    'financing',
    'training-certification',
    'epc',
    'consulting-deployment',
  ],
  influencer: [
    'government-agency',
    'standards-body',
    'developer-community',
    'open-source-community',
    'academia',
    'industry-analyst',
  ],
};

describe('taxonomy data', () => {
  it('has the four functions, 22 categories and five options of the contract', () => {
    expect(functionNodes.map((n) => n.id)).toEqual(Object.keys(contract));
    expect(categoryNodes.map((n) => n.id)).toEqual(Object.values(contract).flat());
    expect(categoryNodes).toHaveLength(22);
    expect(optionNodes.map((n) => n.id)).toEqual([
      'formal-program',
      'formal-support',
      'one-to-one',
      'sla',
      'marketing-pr',
    ]);
    for (const [fn, ids] of Object.entries(contract)) {
      for (const id of ids) expect(categoryNodes.find((n) => n.id === id)?.function).toBe(fn);
    }
  });

  it('places service categories in their groups', () => {
    const groupOf = Object.fromEntries(categoryNodes.map((n) => [n.id, n.group]));
    expect(groupOf).toMatchObject({
      'authorized-service': null,
      'logistics-3pl': 'business-services',
      financing: 'business-services',
      'training-certification': 'professional-services',
      epc: 'professional-services',
      'consulting-deployment': 'professional-services',
    });
    expect(groupNodes.every((g) => g.function === 'service')).toBe(true);
  });

  it('has ids that are unique and kebab-case', () => {
    const all = [...functionNodes, ...groupNodes, ...categoryNodes, ...optionNodes].map((n) => n.id);
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives the subtypes by the names the contract uses', () => {
    const subtypes = Object.fromEntries(
      categoryNodes.filter((n) => n.subtype !== null).map((n) => [n.id, n.subtype]),
    );
    expect(subtypes).toEqual({
      'isv-ihv': { field: 'kind', values: ['isv', 'ihv'] },
      'msp-cmsp': { field: 'stage', values: ['pre-offer', 'post-offer'] },
      'sales-agent': { field: 'mode', values: ['introducer', 'closer'] },
      'authorized-service': {
        field: 'businessModel',
        values: ['vendor-branded', 'value-add', 'subcontractor'],
      },
    });
  });

  it('encodes the facts the article states, as the article’s', () => {
    const facts = (id: string) => categoryNodes.find((n) => n.id === id)?.attributes;
    const article = <T>(value: T) => ({ value, source: 'article' });
    // "Buys directly from the vendor, holds stock and performs most logistics functions".
    expect(facts('value-added-distributor')?.holdsInventory).toEqual(article(true));
    expect(facts('sales-agent')).toMatchObject({ takesTitle: article(false), compensation: article(['commission']) });
    expect(facts('logistics-3pl')).toMatchObject({ takesTitle: article(false), compensation: article(['service-fee']) });
    expect(facts('system-integrator')?.resells).toEqual(article('varies'));
    expect(facts('academia')).toEqual({ takesTitle: null, holdsInventory: null, resells: null, compensation: null });
  });

  it('states nothing the article does not state, and marks our inferences as the project’s', () => {
    const facts = (id: string) => categoryNodes.find((n) => n.id === id)?.attributes;
    // The article never says a distributor takes title, nor how it is paid: its fee is
    // for optional services. That it resells is our inference.
    expect(facts('value-added-distributor')).toMatchObject({
      takesTitle: null,
      resells: { value: true, source: 'project' },
      compensation: null,
    });
    // Agents sell without title; some only introduce. They do not resell: our reading.
    expect(facts('sales-agent')?.resells).toEqual({ value: false, source: 'project' });
    // VAD is the usual acronym, not the article's ("value-added Distributor (Var)").
    expect(categoryNodes.find((n) => n.id === 'value-added-distributor')?.acronyms).toEqual(['VAR']);
  });

  it('gives every fact a source and nothing else', () => {
    for (const node of categoryNodes) {
      for (const [name, fact] of Object.entries(node.attributes)) {
        if (fact === null) continue;
        expect(Object.keys(fact).sort(), `${node.id}.${name}`).toEqual(['source', 'value']);
        expect(['article', 'project'], `${node.id}.${name}`).toContain(fact.source);
      }
    }
  });

  it('names the units the article names as its own, and ours as the project’s', () => {
    expect(unitNodes.map((u) => [u.id, u.source])).toEqual([
      ['channel-sales', 'article'],
      ['product', 'article'],
      ['marketing', 'article'],
      ['alliances', 'project'],
      ['services', 'project'],
      ['executive', 'project'],
    ]);
    expect(knownUnits).toEqual(unitNodes.map((u) => u.id));
  });

  it('gives every category the typical option of the article’s table', () => {
    const typical = Object.fromEntries(categoryNodes.map((n) => [n.id, n.typicalManagement]));
    expect(typical).toEqual({
      'isv-ihv': 'formal-program',
      platform: 'formal-program',
      'system-integrator': 'formal-program',
      oem: 'one-to-one',
      interoperability: 'formal-support',
      'msp-cmsp': { by: 'stage', cases: { 'pre-offer': 'one-to-one', 'post-offer': 'formal-program' } },
      'solution-reseller': 'formal-program',
      'value-added-distributor': 'formal-program',
      'cloud-reseller': 'formal-program',
      'sales-agent': 'formal-support',
      'authorized-service': 'formal-program',
      'logistics-3pl': 'sla',
      financing: 'sla',
      'training-certification': 'sla',
      epc: 'formal-support',
      'consulting-deployment': 'formal-program',
      'government-agency': 'marketing-pr',
      'standards-body': 'marketing-pr',
      'developer-community': 'formal-support',
      'open-source-community': 'marketing-pr',
      academia: 'marketing-pr',
      'industry-analyst': 'marketing-pr',
    });
  });

  it('is version 1.1.0: facts corrected to the article, ids unchanged (a minor change)', () => {
    expect(taxonomyVersion).toBe('1.1.0');
  });

  it('marks every node active until a release deprecates one', () => {
    for (const node of [...functionNodes, ...groupNodes, ...categoryNodes, ...optionNodes]) {
      expect(node.status).toBe('active');
    }
  });

  it('is deeply frozen: a mutation attempt throws', () => {
    'use strict';
    const node = categoryNodes[0] as unknown as { id: string; attributes: { resells: unknown } };
    expect(() => {
      node.id = 'x';
    }).toThrow(TypeError);
    expect(() => {
      node.attributes.resells = true;
    }).toThrow(TypeError);
    expect(() => {
      (unitNodes[0] as unknown as { source: string }).source = 'project';
    }).toThrow(TypeError);
    expect(() => (categoryNodes as unknown as unknown[]).push({})).toThrow(TypeError);
    expect(() => (knownUnits as unknown as string[]).pop()).toThrow(TypeError);
  });
});
