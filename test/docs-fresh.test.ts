import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en, sv, taxonomyCsv, taxonomyMarkdown, taxonomyMermaid, taxonomySkos } from '../src/index.js';

const read = (name: string) => readFileSync(new URL(`../docs/${name}`, import.meta.url), 'utf8');

describe('the generated taxonomy reference in docs/ (run `npm run docs` to refresh it)', () => {
  it.each([en, sv])('is current for $code', (locale) => {
    expect(read(`taxonomy.${locale.code}.md`)).toBe(taxonomyMarkdown({ locale }));
    expect(read(`taxonomy.${locale.code}.mmd`)).toBe(taxonomyMermaid({ locale }));
    expect(read(`taxonomy.${locale.code}.csv`)).toBe(taxonomyCsv({ locale }));
  });

  it('has current SKOS in both languages', () => {
    expect(JSON.parse(read('taxonomy.skos.jsonld'))).toEqual(taxonomySkos({ locales: [en, sv] }));
  });
});
