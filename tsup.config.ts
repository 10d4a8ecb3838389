import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    // The two builds run in parallel: the CLI's output is left for its own build.
    clean: ['!cli.js', '!cli.js.map'],
    target: 'es2022',
    // One file per entry keeps the CJS build simple; ESM consumers still tree-shake
    // because every export is a pure binding and `sideEffects` is false.
    splitting: false,
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
  },
]);
