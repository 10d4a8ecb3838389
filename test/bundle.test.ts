/**
 * Size budgets by job: a browser user pays for the job they import, so each job is bundled
 * on its own as a user's bundler sees the package (esbuild, minified, then gzipped, zod
 * external) and held to its budget. The whole library is reported, without a budget. Each
 * test prints its figures; docs/benchmarks.md#size records them.
 *
 * Bundled from the published build: dist/, as `npm run build` makes it and users install,
 * with the package's own package.json (for `sideEffects`).
 */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuild, root } from './support/built-package.js';

const kB = 1024;

/** The jobs and their budgets, min+gzip. */
const jobs = [
  { job: 'the taxonomy', names: ['partnerCategories', 'resolvePartnerType'], budget: 8 * kB },
  { job: 'parsing', names: ['parsePartnerRecords', 'formatIssues'], budget: 11 * kB },
  { job: 'rules', names: ['recommend', 'recommendAll', 'explainWhyNot'], budget: 12 * kB },
  { job: 'inventory', names: ['inventory', 'inventoryHtml'], budget: 18 * kB },
] as const;

interface Bundle {
  readonly code: string;
  readonly minified: number;
  readonly gzipped: number;
  /**
   * The files that put code in the output. The metafile's top-level `inputs` lists every
   * file esbuild parsed, including those tree-shaking dropped, so the output's own
   * `inputs` (with `bytesInOutput`) is what says what ships.
   */
  readonly shipped: readonly string[];
  /** What the output still imports: the modules marked external. */
  readonly imports: readonly string[];
}

/**
 * Bundles an entry that imports `names` from the published build and uses them (so
 * nothing is dropped as unused), for the browser, minified, zod external. `export *`
 * instead when `names` is `'*'`.
 */
async function bundle(names: readonly string[] | '*'): Promise<Bundle> {
  const entry = JSON.stringify(join(root, 'dist', 'index.js'));
  const contents = names === '*' ? `export * from ${entry};` : `import { ${names.join(', ')} } from ${entry};\nconsole.log(${names.join(', ')});`;
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: 'virtual-entry.js' },
    absWorkingDir: root,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    external: ['zod', 'zod/*'],
    logLevel: 'silent',
  });
  expect(result.errors).toEqual([]);
  const code = result.outputFiles[0]?.text ?? '';
  const outputs = Object.values(result.metafile.outputs);
  return {
    code,
    minified: Buffer.byteLength(code),
    gzipped: gzipSync(code).length,
    shipped: outputs.flatMap((out) =>
      Object.entries(out.inputs)
        .filter(([, input]) => input.bytesInOutput > 0)
        .map(([path]) => path.slice(path.indexOf('dist/'))),
    ),
    imports: outputs.flatMap((out) => out.imports.map((i) => i.path)),
  };
}

const report = (name: string, { minified, gzipped }: Bundle, budget?: number): void => {
  const verdict = budget === undefined ? 'no budget' : gzipped <= budget ? `within budget ${budget} B` : `OVER budget ${budget} B by ${gzipped - budget} B`;
  console.info(`size, ${name}: ${minified} B minified, ${gzipped} B min+gzip (${verdict})`);
};

// The Swedish labels (sv-labels) are what the resolvers match, so text typed in Swedish
// resolves in every bundle; the Swedish locale's messages and descriptions are not.
const swedish = (shipped: readonly string[]) =>
  shipped.filter((path) => /^dist\/locales\/sv/.test(path) && path !== 'dist/locales/sv-labels.js');

beforeAll(requireBuild);

describe('browser bundles by job, from the published build, zod external', () => {
  it.each(jobs.map((j) => ({ ...j, imports: j.names.join(', ') })))('$job ({ $imports }): no Swedish text, nothing from Node, within $budget B', async ({ job, names, budget }) => {
    const bundled = await bundle(names);
    report(`${job} { ${names.join(', ')} }`, bundled, budget);
    expect(swedish(bundled.shipped)).toEqual([]);
    expect(bundled.imports.filter((path) => !/^zod(\/|$)/.test(path))).toEqual([]);
    expect(bundled.code).not.toMatch(/["']node:/);
    expect(bundled.gzipped).toBeLessThanOrEqual(budget);
  });

  it('the taxonomy needs no zod at all', async () => {
    expect((await bundle(jobs[0].names)).imports).toEqual([]);
  });

  it('reports what the Swedish locale adds to a parsePartnerRecords bundle (and that it is there)', async () => {
    const english = await bundle(['parsePartnerRecords']);
    const both = await bundle(['parsePartnerRecords', 'sv']);
    expect(swedish(both.shipped)).toEqual(['dist/locales/sv-taxonomy-text.js', 'dist/locales/sv-vocabulary-rationales.js', 'dist/locales/sv.js']);
    console.info(
      `size, the Swedish locale: adds ${both.minified - english.minified} B minified, ${both.gzipped - english.gzipped} B min+gzip ` +
        `to { parsePartnerRecords } (${english.gzipped} B → ${both.gzipped} B)`,
    );
    expect(both.gzipped).toBeGreaterThan(english.gzipped);
  });

  it('reports the whole library (export *), without a budget: only zod imported, nothing from Node or the CLI', async () => {
    const library = await bundle('*');
    report('whole library (export *)', library);
    expect(library.shipped).toContain('dist/render/inventory-html.js');
    expect(library.imports.length).toBeGreaterThan(0);
    expect(library.imports.filter((path) => !/^zod(\/|$)/.test(path))).toEqual([]);
    expect(library.code).not.toMatch(/["']node:/);
    expect(library.shipped.filter((path) => path.startsWith('dist/cli'))).toEqual([]);
  });
});
