/**
 * The browser bundle of the rule engine's job: `recommend`, `recommendAll` and
 * `explainWhyNot` from the built package, as a browser user's bundler makes it (esbuild:
 * bundle, platform browser, ESM, minify, zod external), then gzipped at zlib's default
 * level. Run `npm run build` first.
 *
 *   node bench/rules-size.mjs [dist/index.js]
 */
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { build } from 'esbuild';

const entry = resolve(process.argv[2] ?? 'dist/index.js');
const result = await build({
  stdin: { contents: `export { recommend, recommendAll, explainWhyNot } from ${JSON.stringify(entry)};`, resolveDir: process.cwd() },
  bundle: true,
  platform: 'browser',
  format: 'esm',
  minify: true,
  external: ['zod', 'zod/*'],
  write: false,
  metafile: true,
});
const code = result.outputFiles[0].contents;
const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
  .map(([file, { bytesInOutput }]) => [file, bytesInOutput])
  .sort((a, b) => b[1] - a[1]);
console.log(`recommend, recommendAll, explainWhyNot from ${entry}`);
console.log(`  minified ${code.length.toLocaleString('en')} B, min+gzip ${gzipSync(code).length.toLocaleString('en')} B`);
console.log(`  largest modules (minified bytes):`);
for (const [file, bytes] of inputs.slice(0, 15)) console.log(`    ${String(bytes).padStart(6)}  ${file}`);
