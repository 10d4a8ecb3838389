// Writes the taxonomy reference in docs/ from the built package, in English and Swedish.
// test/docs-fresh.test.ts fails when a committed file differs from what the code makes,
// so run `npm run docs` after changing the taxonomy or its texts.
import { writeFileSync } from 'node:fs';
import { en, sv, taxonomyCsv, taxonomyMarkdown, taxonomyMermaid, taxonomySkos } from '../dist/index.js';

const write = (name, text) => writeFileSync(new URL(`../docs/${name}`, import.meta.url), text);
for (const locale of [en, sv]) {
  write(`taxonomy.${locale.code}.md`, taxonomyMarkdown({ locale }));
  write(`taxonomy.${locale.code}.mmd`, taxonomyMermaid({ locale }));
  write(`taxonomy.${locale.code}.csv`, taxonomyCsv({ locale }));
}
write('taxonomy.skos.jsonld', `${JSON.stringify(taxonomySkos({ locales: [en, sv] }), null, 2)}\n`);
