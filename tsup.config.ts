import { defineConfig } from 'tsup';

// `npm run build` empties dist/ first; no config cleans, since the three run in parallel.
export default defineConfig([
  {
    // ESM one file per module, as remeda ships: with `sideEffects: false` a bundler drops
    // every module a user does not import. One bundled file would keep every top-level
    // statement it cannot prove pure (zod schemas built at import, lookup tables), so
    // importing the taxonomy alone would ship zod.
    entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-d.ts', '!src/**/*.test-prop.ts', '!src/cli/**'],
    format: ['esm'],
    bundle: false,
    // The one declaration file for both formats' entry, bundled (dist/index.d.ts).
    dts: { entry: { index: 'src/index.ts' } },
    target: 'es2022',
    clean: false,
  },
  {
    // CommonJS in one file: require() loads all of it anyway, and one file loads fastest.
    entry: ['src/index.ts'],
    format: ['cjs'],
    dts: true,
    target: 'es2022',
    clean: false,
  },
  {
    // The `partner-taxonomy` bin: ESM only (it awaits at the top), no types (nothing
    // imports it). Dependencies (csv-parse, zod) stay imports, as for the library.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    splitting: false,
    clean: false,
  },
]);
