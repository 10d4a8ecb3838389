/**
 * The main entry must bundle for the browser and tree-shake: importing the taxonomy alone
 * pulls in no zod, no Node builtins and no Swedish text. Bundles the TypeScript source, so
 * no prior build is needed; the package's `sideEffects: false` is what lets esbuild drop
 * unused modules, as it will for users.
 */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The budget for the taxonomy-only bundle, minified and gzipped. */
const sizeBudget = 8192;

interface Bundle {
  readonly code: string;
  /**
   * The source files that put code in the output. The metafile's top-level `inputs`
   * lists every file esbuild parsed, including those tree-shaking then dropped, so the
   * output's own `inputs` (with `bytesInOutput`) is what says what ships.
   */
  readonly shipped: readonly string[];
  readonly metafile: Metafile;
}

async function bundle(contents: string): Promise<Bundle> {
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: 'virtual-entry.ts', loader: 'ts' },
    absWorkingDir: root,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  expect(result.errors).toEqual([]);
  expect(result.outputFiles).toHaveLength(1);
  return {
    code: result.outputFiles[0]?.text ?? '',
    shipped: Object.values(result.metafile.outputs).flatMap((out) =>
      Object.entries(out.inputs)
        .filter(([, input]) => input.bytesInOutput > 0)
        .map(([path]) => path),
    ),
    metafile: result.metafile,
  };
}

const taxonomyOnly = [
  "import { partnerCategories, getCategory, isPartnerCategory } from './src/index.ts';",
  'console.log(partnerCategories, getCategory, isPartnerCategory);',
].join('\n');

const withSwedish = [
  "import { getCategory, sv } from './src/index.ts';",
  "console.log(getCategory('oem', sv));",
].join('\n');

describe('browser bundle of the main entry', () => {
  it('bundles the taxonomy for the browser without zod, Node builtins or Swedish', async () => {
    const { code, shipped, metafile } = await bundle(taxonomyOnly);

    expect(shipped).toContain('src/taxonomy/data.ts');
    expect(shipped.filter((path) => /(^|\/)node_modules\/zod\//.test(path))).toEqual([]);
    expect(shipped).not.toContain('src/locales/sv.ts');

    const externalImports = Object.values(metafile.outputs).flatMap((out) => out.imports);
    expect(externalImports).toEqual([]);
    expect(code).not.toMatch(/["']node:/);

    const gzipped = gzipSync(code).length;
    console.info(`taxonomy-only browser bundle: ${code.length} B minified, ${gzipped} B min+gzip (budget ${sizeBudget} B)`);
    expect(gzipped).toBeLessThanOrEqual(sizeBudget);
  });

  it('includes the Swedish locale when it is imported (so the check above can fail)', async () => {
    const { shipped } = await bundle(withSwedish);
    expect(shipped).toContain('src/locales/sv.ts');
  });
});
