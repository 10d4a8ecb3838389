import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  // One file per entry keeps the CJS build simple; ESM consumers still tree-shake
  // because every export is a pure binding and `sideEffects` is false.
  splitting: false,
});
