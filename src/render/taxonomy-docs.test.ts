import { describe, expect, it } from 'vitest';
import { en } from '../locales/en.js';
import { sv } from '../locales/sv.js';
import { shippedVocabularies } from '../crosswalk/shipped-vocabularies.js';
import { categoryNodes } from '../taxonomy/data.js';
import { partnerCategories } from '../taxonomy/ids.js';
import { taxonomyCsv } from './taxonomy-csv.js';
import { taxonomyMarkdown } from './taxonomy-markdown.js';
import { taxonomyMermaid } from './taxonomy-mermaid.js';
import { skosBase, taxonomySkos } from './taxonomy-skos.js';
import { idsIn } from '../../test/support/swedish-ids.js';

describe('taxonomyMarkdown', () => {
  it.each([en, sv])('lists every category with its label, description and typical option ($code)', (locale) => {
    const md = taxonomyMarkdown({ locale });
    for (const id of partnerCategories) {
      expect(md).toContain(`\`${id}\``);
      expect(md).toContain(locale.categories[id].label);
      expect(md).toContain(locale.categories[id].description);
    }
    expect(md).toContain(locale.reference.title);
  });

  it('shows facts, marking ours, and the stage-dependent option', () => {
    const md = taxonomyMarkdown();
    // Takes title and paid by: the article does not say. That it resells is our inference.
    expect(md).toMatch(/\| Value-added distributor \| `value-added-distributor` \| .* \| Formal partner program \| – \| yes \| yes \(our reading\) \| – \|  \| VAR \|/);
    expect(md).toMatch(/\| Sales agent \| .* \| no \| – \| no \(our reading\) \| Commission \|/);
    expect(md).toContain('Pre-offer: One-to-one management; Post-offer: Formal partner program');
    expect(md).toContain('Third-party logistics (3PL) (Group: Business services)');
    expect(md).toContain('Formal partner-program support. (Our reading: A program’s structured tiers, benefits and requirements.) |');
  });

  it('gives the article’s context: its question, four reasons, the factors, units and questions', () => {
    for (const locale of [en, sv]) {
      const md = taxonomyMarkdown({ locale });
      const r = locale.reference;
      for (const heading of [r.question.title, r.whyFunctions.title, r.heuristics.title, r.units.title, r.diagnostics.title]) {
        expect(md).toMatch(new RegExp(`^#{2,3} ${heading.replace(/[()]/g, '\\$&')}$`, 'm'));
      }
      r.whyFunctions.reasons.forEach((reason, i) => expect(md).toContain(`${i + 1}. ${reason}`));
      expect(md).toContain(r.managementNote);
      for (const question of Object.values(locale.render.questions)) expect(md).toContain(question);
    }
    const sv_ = taxonomyMarkdown({ locale: sv });
    expect(sv_).toContain('| Allianser | `alliances` | vår tolkning |');
    expect(sv_).toContain('| Produktavdelningen | `product` | källartikeln |');
    expect(sv_).toContain('(homogenitet under 0,5)');
    expect(sv_).toContain('Fas (`stage`): Före lansering (`pre-offer`), Efter lansering (`post-offer`)');
  });
});

describe('taxonomyMarkdown in Swedish', () => {
  it('shows no English id outside code: ids stand only in their own code spans', () => {
    const md = taxonomyMarkdown({ locale: sv });
    // The crosswalks quote the outside vocabularies' values as the vocabularies spell them
    // ("sell", "service"): their prose is the note and the rationale column.
    const crosswalks = md.indexOf(`## ${sv.reference.crosswalks.title}`);
    const prose = md.slice(0, crosswalks).replace(/`[^`]*`/g, '');
    expect(idsIn(prose)).toEqual([]);
    const rationales = md
      .slice(crosswalks)
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('|---'))
      .map((line) => line.split(' | ').at(-1) ?? '');
    expect(rationales.length).toBeGreaterThan(30);
    expect(idsIn(`${sv.reference.crosswalks.note}\n${rationales.join('\n')}`)).toEqual([]);
    expect(idsIn(taxonomyCsv({ locale: sv }).split('\r\n').map((row) => row.split(',').slice(3).join(',')).join('\n'))).toEqual([]);
  });
});

describe('taxonomyMarkdown crosswalks', () => {
  it('has a table per shipped vocabulary', () => {
    const md = taxonomyMarkdown();
    expect(md).toContain('### Salesforce Account Type (`salesforce`)');
    expect(md).toContain('| Prospect | none | – | A possible customer, not a partner. |');
    expect(md).toContain('| build | exact | Solution partners (`solution`) |');
    const swedish = taxonomyMarkdown({ locale: sv });
    expect(swedish).toContain('## Mappningar');
    expect(swedish).toContain('| Prospect | ingen partner | – |');
    expect(swedish).toContain('| Technology Partner | bredare än | ISV / IHV (`isv-ihv`) |');
    expect(taxonomyMarkdown({ vocabularies: [] })).not.toContain('###  (');
  });

  it('gives each shipped mapping’s rationale in the reference’s language', () => {
    const swedish = taxonomyMarkdown({ locale: sv });
    expect(swedish).toContain('| Prospect | ingen partner | – | En möjlig kund, inte en partner. |');
    expect(swedish).toContain(
      '| Technology Partner | bredare än | ISV / IHV (`isv-ihv`) | Oftast en ISV eller IHV, men omfattar även plattformspartner och interoperabilitetspartner. |',
    );
    for (const vocabulary of shippedVocabularies) {
      const section = swedish.slice(swedish.indexOf(`(\`${vocabulary.id}\`)`));
      for (const m of vocabulary.mappings) {
        const rationale = sv.vocabularyRationale({ vocabulary: vocabulary.id, value: m.value, own: m.rationale }) ?? m.rationale;
        expect(rationale).not.toBe(m.rationale);
        expect(section).toMatch(new RegExp(`^\\| ${m.value.replace(/[/()]/g, '\\$&')} \\| [^\\n]*\\| ${rationale.replace(/[().]/g, '\\$&')} \\|$`, 'm'));
        expect(swedish).not.toContain(m.rationale);
      }
    }
    // Nothing is left in English, so the note no longer says so.
    expect(sv.reference.crosswalks.note).not.toMatch(/engelska/);
    expect(swedish).toContain(`## Mappningar\n\n${sv.reference.crosswalks.note}\n`);
  });

  it('keeps the rationale of a mapping of your own as you wrote it, in every language', () => {
    // Your own reading of Salesforce's picklist, under the shipped vocabulary's id.
    const own = {
      id: 'salesforce',
      label: 'Vår Salesforce',
      values: ['Prospect', 'Guldpartner'],
      mappings: [
        { value: 'Prospect', relation: 'none', target: null, rationale: 'Ej kund ännu.', source: 'user' },
        { value: 'Guldpartner', relation: 'exact', target: { kind: 'category', id: 'solution-reseller' }, rationale: 'Våra guldpartner säljer vidare.', source: 'user' },
      ],
    } as const;
    for (const locale of [en, sv]) {
      const md = taxonomyMarkdown({ locale, vocabularies: [own] });
      expect(md).toMatch(/^\| Prospect \| .* \| – \| Ej kund ännu\. \|$/m);
      expect(md).toContain('| Våra guldpartner säljer vidare. |');
      expect(md).toContain('### Vår Salesforce (`salesforce`)');
    }
  });

  it('names each shipped vocabulary in the reference’s language', () => {
    const swedish = taxonomyMarkdown({ locale: sv });
    for (const vocabulary of shippedVocabularies) {
      const name = sv.vocabularyLabel({ vocabulary: vocabulary.id, own: vocabulary.label });
      expect(name).toBeDefined();
      expect(name).not.toBe(vocabulary.label);
      expect(swedish).toContain(`### ${name} (\`${vocabulary.id}\`)`);
    }
    expect(swedish).toContain('### Partnerinriktningar (sälja / leverera tjänster / bygga / påverka) (`motions`)');
    expect(taxonomyMarkdown({ locale: en })).toContain('### Partner motions (sell / service / build / influence) (`motions`)');
  });
});

describe('taxonomyMermaid', () => {
  // The hierarchy is drawn as boxes in boxes, not as 28 edges from one row of 22 categories
  // (about 4,900 px wide once rendered; test/taxonomy-mermaid.browser.test.ts renders it).
  it('draws each function as a box of its categories, the service groups as boxes within', () => {
    const lines = taxonomyMermaid().trim().split('\n');
    expect(lines.slice(0, 4)).toEqual(['---', 'title: "Channel-partner taxonomy"', '---', 'flowchart TB']);
    expect(lines.filter((l) => l.trim().startsWith('subgraph '))).toHaveLength(4 + 2);
    expect(lines.filter((l) => l.includes('-->'))).toEqual([]);
    const service = lines.slice(lines.indexOf('  subgraph service["Service partners"]'));
    expect(service.slice(0, 6)).toEqual([
      '  subgraph service["Service partners"]',
      '    direction TB',
      '    authorized_service["Authorised service partner"]',
      '    subgraph business_services["Business services"]',
      '      direction TB',
      '      logistics_3pl["Third-party logistics (3PL)"]',
    ]);
    expect(lines).toContain('  solution ~~~ sales ~~~ service ~~~ influencer');
    expect(taxonomyMermaid({ locale: sv })).toContain('    system_integrator["Systemintegratör"]');
  });

  it('lays categories out in even rows of at most three', () => {
    const lines = taxonomyMermaid().split('\n');
    // Six solution categories: two rows of three; four sales categories: two rows of two.
    expect(lines).toContain('    isv_ihv ~~~ oem');
    expect(lines).toContain('    solution_reseller ~~~ cloud_reseller');
    expect(lines).toContain('    value_added_distributor ~~~ sales_agent');
    expect(lines.filter((l) => l.includes(' ~~~ ') && !l.startsWith('  solution'))).toHaveLength(3 + 2 + 1 + 3);
  });
});

describe('taxonomyCsv', () => {
  it('has a row per node and unit, facts in words with ours marked, and quotes where needed', () => {
    const rows = taxonomyCsv().trimEnd().split('\r\n');
    expect(rows).toHaveLength(1 + 4 + 2 + 22 + 5 + 6);
    expect(rows[0]).toBe('kind,id,parent,label,description,gloss,source,typical,takesTitle,holdsInventory,resells,compensation,subtype,acronyms,status');
    expect(rows.find((r) => r.startsWith('category,value-added-distributor,'))).toMatch(
      /,source article,Formal partner program,–,yes,yes \(our reading\),–,,VAR,active$/,
    );
    expect(rows.find((r) => r.startsWith('category,msp-cmsp,'))).toContain('Pre-offer: One-to-one management; Post-offer: Formal partner program');
    expect(rows.find((r) => r.startsWith('category,system-integrator,'))).toContain('"Creates, integrates and supports solutions; may or may not resell."');
    expect(rows.slice(-3)).toEqual([
      'unit,alliances,,Alliances,,,our reading,,,,,,,,',
      'unit,services,,Services,,,our reading,,,,,,,,',
      'unit,executive,,Executive,,,our reading,,,,,,,,',
    ]);
  });

  it('speaks Swedish in every column but the ids', () => {
    const rows = taxonomyCsv({ locale: sv }).trimEnd().split('\r\n');
    expect(rows[0]).toBe(
      'typ,id,överordnad,namn,beskrivning,vår tolkning,källa,typisk hantering,övertar äganderätten,har eget lager,säljer vidare,ersättning,undertyp,förkortningar,status',
    );
    expect(rows.find((r) => r.startsWith('kategori,msp-cmsp,'))).toContain(
      'Före lansering: Individuell hantering (en-till-en); Efter lansering: Formellt partnerprogram,–,–,varierar,–,"Fas: Före lansering, Efter lansering"',
    );
  });
});

describe('taxonomySkos', () => {
  const doc = taxonomySkos({ locales: [en, sv] });
  const byId = new Map(doc['@graph'].map((c) => [c['@id'] as string, c]));

  it('has a concept per node and subtype value, and per value of each shipped vocabulary', () => {
    expect(doc['@graph']).toHaveLength(44 + shippedVocabularies.length + shippedVocabularies.reduce((n, v) => n + v.values.length, 0));
    for (const id of partnerCategories) expect(byId.has(`${skosBase}${id}`)).toBe(true);
  });

  it('links broader and narrower both ways', () => {
    for (const concept of doc['@graph']) {
      const narrower = (concept['narrower'] as string[] | undefined) ?? [];
      for (const child of narrower) expect(byId.get(child)?.['broader']).toBe(concept['@id']);
      const broader = concept['broader'] as string | undefined;
      if (broader !== undefined) expect(byId.get(broader)?.['narrower']).toContain(concept['@id']);
    }
  });

  it('includes the crosswalks as SKOS mapping relations, read from the outside value', () => {
    const value = (vocabulary: string, v: string) => byId.get(`${skosBase}vocabulary:${vocabulary}/${encodeURIComponent(v)}`);
    expect(value('salesforce', 'Technology Partner')).toMatchObject({ narrowMatch: `${skosBase}isv-ihv` });
    expect(value('salesforce', 'Installation Partner')).toMatchObject({ broadMatch: `${skosBase}consulting-deployment` });
    expect(value('roles', 'integrator')).toMatchObject({ exactMatch: `${skosBase}system-integrator` });
    expect(value('roles', 'advisor')).toMatchObject({ relatedMatch: `${skosBase}consulting-deployment` });
    const prospect = value('salesforce', 'Prospect');
    expect(prospect).toMatchObject({
      prefLabel: { en: 'Prospect', sv: 'Prospekt' },
      definition: { en: 'A possible customer, not a partner.', sv: 'En möjlig kund, inte en partner.' },
    });
    expect(Object.keys(prospect ?? {}).some((k) => k.endsWith('Match'))).toBe(false);
  });

  it('labels every concept in each language, with acronyms as altLabel', () => {
    const vad = byId.get(`${skosBase}value-added-distributor`);
    expect(vad).toMatchObject({
      prefLabel: { en: 'Value-added distributor', sv: 'Mervärdesdistributör' },
      // The article's acronym only: VAD is ours, a project alias.
      altLabel: { en: ['VAR'], sv: ['VAR'] },
      broader: `${skosBase}sales`,
    });
    for (const node of categoryNodes) {
      expect(Object.keys(byId.get(`${skosBase}${node.id}`)?.['prefLabel'] as object)).toEqual(['en', 'sv']);
    }
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});
