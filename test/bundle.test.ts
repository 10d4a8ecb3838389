/**
 * Size budgets of the main entry, as a browser bundler sees it (esbuild, minified, then
 * gzipped): importing the taxonomy alone pulls in no zod, no Node builtins and no Swedish
 * text beyond the Swedish labels the resolvers match, and stays within 8 kB; the whole
 * library, zod aside, stays within 30 kB. Each test
 * prints its figures; docs/benchmarks.md#size records them.
 *
 * Most tests bundle the TypeScript source, so no prior build is needed: the package's
 * `sideEffects: false` lets esbuild drop every unused module. The published ESM build
 * must allow the same (one file per module), so one test builds the package with
 * tsup.config.ts and bundles that, as users do.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { build as tsup } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import tsupConfig from '../tsup.config.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The budget for the taxonomy data and lookups, minified and gzipped. */
const taxonomyBudget = 8192;
/** The budget for every export of the main entry, zod external, minified and gzipped. */
const libraryBudget = 30720;

/*
 * One budget is not met yet (docs/benchmarks.md#size): until it is, the bundle is held
 * near its size, so it can only get better, and its test prints how far over budget it
 * is. Lower the ceiling as the bundle shrinks; once it fits, assert the budget.
 *
 * The ceiling was raised once, on purpose: from 35,840 B to 36,352 B when the rule
 * engine's speed target (issue #3) was met, by code the bundle now carries (field tests
 * as checks, the text-gate index, per-category compilation: about +1.4 kB).
 *
 * And a second time, on purpose: from 36,352 B to 43,008 B when the taxonomy's text was
 * made to say only what the source article says, in Swedish a native writer would sign
 * (issue #13): text, nearly all of it, in both languages. The reference's sections on the
 * article's question, its four reasons, the three factors with our heuristics and the
 * diagnostic questions (about +1.8 kB); Swedish names for every id in messages, reasons
 * and findings (the naming helpers, field labels, operator and rule words: about +2.5 kB);
 * the article's fuller descriptions and our glosses, and the taxonomy CSV's words.
 */
/** The whole library: 34,117 B at ddaf6b0; 34,598 B at 457d098; 36,027 B at the first raise; 42,656 B at the second (52a9614). */
const libraryCeiling = 43008;

interface Bundle {
  readonly code: string;
  readonly minified: number;
  readonly gzipped: number;
  /**
   * The source files that put code in the output. The metafile's top-level `inputs`
   * lists every file esbuild parsed, including those tree-shaking then dropped, so the
   * output's own `inputs` (with `bytesInOutput`) is what says what ships.
   */
  readonly shipped: readonly string[];
  /** What the output still imports: the modules marked external. */
  readonly imports: readonly string[];
}

async function bundle(contents: string, external: readonly string[] = []): Promise<Bundle> {
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: 'virtual-entry.ts', loader: 'ts' },
    absWorkingDir: root,
    // The published build lives in a temporary directory: find zod where the repo has it.
    nodePaths: [join(root, 'node_modules')],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    external: [...external],
    logLevel: 'silent',
  });
  expect(result.errors).toEqual([]);
  expect(result.outputFiles).toHaveLength(1);
  const code = result.outputFiles[0]?.text ?? '';
  const outputs = Object.values(result.metafile.outputs);
  return {
    code,
    minified: Buffer.byteLength(code),
    gzipped: gzipSync(code).length,
    shipped: outputs.flatMap((out) =>
      Object.entries(out.inputs)
        .filter(([, input]) => input.bytesInOutput > 0)
        .map(([path]) => path),
    ),
    imports: outputs.flatMap((out) => out.imports.map((i) => i.path)),
  };
}

const report = (name: string, { minified, gzipped }: Bundle, budget: number): void => {
  const verdict = gzipped <= budget ? 'within' : `OVER by ${gzipped - budget} B,`;
  console.info(`${name}: ${minified} B minified, ${gzipped} B min+gzip (${verdict} budget ${budget} B)`);
};

const fromZod = (shipped: readonly string[]) => shipped.filter((path) => /(^|\/)node_modules\/zod\//.test(path));
const swedish = (shipped: readonly string[]) => shipped.filter((path) => /^src\/locales\/sv/.test(path));
/** The Swedish labels: the one Swedish module the resolvers need (`svLabels`). */
const swedishLabels = 'src/locales/sv-labels.ts';

/** An entry that imports `names` from `from` and uses them, so nothing is dropped as unused. */
const importing = (names: readonly string[], from = './src/index.ts'): string =>
  [`import { ${names.join(', ')} } from '${from}';`, `console.log(${names.join(', ')});`].join('\n');

describe('browser bundle of the taxonomy from the main entry', () => {
  it.each([
    // Swedish labels a CRM holds resolve from the labels `sv` shows: only those come along.
    { names: 'partnerCategories, resolvePartnerType', sv: [swedishLabels] },
    { names: 'partnerCategories, getCategory, isPartnerCategory', sv: [] },
  ])(
    'bundles { $names } without zod, Node builtins or Swedish text beyond its labels, within 8 kB',
    async ({ names, sv }) => {
      const taxonomy = await bundle(importing(names.split(', ')));
      report(`taxonomy bundle (${names})`, taxonomy, taxonomyBudget);

      expect(taxonomy.shipped).toContain('src/taxonomy/data.ts');
      expect(fromZod(taxonomy.shipped)).toEqual([]);
      expect(swedish(taxonomy.shipped)).toEqual(sv);
      expect(taxonomy.imports).toEqual([]);
      expect(taxonomy.code).not.toMatch(/["']node:/);
      expect(taxonomy.gzipped).toBeLessThanOrEqual(taxonomyBudget);
    },
  );

  it('includes the Swedish locale when it is imported (so the check above can fail)', async () => {
    const { shipped } = await bundle(importing(['getCategory', 'sv']));
    expect(swedish(shipped)).toEqual([swedishLabels, 'src/locales/sv-taxonomy-text.ts', 'src/locales/sv.ts']);
  });

  it('includes zod when a schema is imported (so the check above can fail)', async () => {
    const { shipped } = await bundle(importing(['partnerRecordSchema']));
    expect(fromZod(shipped)).not.toEqual([]);
  });
});

describe('browser bundle of the whole library, zod external', () => {
  let library: Bundle;
  beforeAll(async () => {
    library = await bundle("export * from './src/index.ts';", ['zod', 'zod/*']);
    report('whole library (export *, zod external)', library, libraryBudget);
  });

  it('imports only zod, and nothing from Node or the CLI', () => {
    expect(library.shipped).toContain('src/render/inventory-html.ts');
    expect(library.imports.length).toBeGreaterThan(0);
    expect(library.imports.filter((path) => !/^zod(\/|$)/.test(path))).toEqual([]);
    expect(library.code).not.toMatch(/["']node:/);
    expect(library.shipped.filter((path) => path.startsWith('src/cli/'))).toEqual([]);
  });

  // Over budget, a release blocker: the library is about 34 kB, nearly a third of it the
  // English and Swedish text, most of the rest rules and renderers, none of which
  // `export *` can drop. Held at its ceiling until it fits in the 30 kB budget.
  it(`does not grow past ${libraryCeiling} B min+gzip (over the ${libraryBudget} B budget; reported)`, () => {
    expect(library.gzipped).toBeLessThanOrEqual(libraryCeiling);
  });
});

describe('browser bundle of the taxonomy from the published build', () => {
  // Built by tsup with the library entry of tsup.config.ts, ESM only, into a temporary
  // package with the real package.json (for `sideEffects`): what a user's bundler gets.
  let dir: string | undefined;
  let taxonomy: Bundle;
  beforeAll(async () => {
    const [library] = Array.isArray(tsupConfig) ? tsupConfig : [];
    if (library === undefined) throw new Error('tsup.config.ts no longer exports a list with the library first');
    dir = mkdtempSync(join(tmpdir(), 'partner-taxonomy-bundle-'));
    writeFileSync(join(dir, 'package.json'), readFileSync(join(root, 'package.json')));
    await tsup({ ...library, config: false, format: ['esm'], dts: false, clean: false, silent: true, outDir: join(dir, 'dist') });
    taxonomy = await bundle(importing(['partnerCategories', 'resolvePartnerType'], join(dir, 'dist', 'index.js')));
    report('taxonomy bundle from the published build (partnerCategories, resolvePartnerType)', taxonomy, taxonomyBudget);
  }, 60_000);
  afterAll(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  // dist/ holds one ESM file per module (tsup.config.ts), so a bundler drops what is not
  // imported just as it does from the source; one bundled file kept zod and 8 kB more.
  it('bundles { partnerCategories, resolvePartnerType } without zod, Node builtins or Swedish text beyond its labels, within 8 kB', () => {
    expect(fromZod(taxonomy.shipped)).toEqual([]);
    expect(taxonomy.shipped.filter((path) => /dist\/locales\/sv/.test(path)).map((path) => path.replace(/.*dist\//, ''))).toEqual([
      'locales/sv-labels.js',
    ]);
    expect(taxonomy.imports).toEqual([]);
    expect(taxonomy.code).not.toMatch(/["']node:/);
    expect(taxonomy.gzipped).toBeLessThanOrEqual(taxonomyBudget);
  });
});
