/**
 * The tests that need the built package read dist/, which `npm test` builds once, before
 * any test runs. Run on their own (`npx vitest run test/cli.test.ts`), they need
 * `npm run build` first, and say so rather than test a stale build.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

/** The files of the build that the tests read. */
const built = ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/cli.js'];

function newestSource(): number {
  const sources = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !/\.test(-d|-prop)?\.ts$/.test(file))
    .map((file) => join(root, 'src', file));
  return Math.max(...[...sources, join(root, 'tsup.config.ts'), join(root, 'package.json')].map((file) => statSync(file).mtimeMs));
}

/**
 * Throws, saying what to run, unless dist/ holds a build at least as new as the sources.
 * @example beforeAll(requireBuild);
 */
export function requireBuild(): void {
  const newest = newestSource();
  for (const file of built) {
    let mtime = 0;
    try {
      mtime = statSync(join(root, file)).mtimeMs;
    } catch {
      // Missing: reported below.
    }
    if (mtime < newest) {
      throw new Error(`${file} is missing or older than src/. Build first with \`npm run build\` (npm test builds before it tests).`);
    }
  }
}
