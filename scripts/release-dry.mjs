// `npm run release:dry`: shows what the next release would publish, without touching the
// checkout. `changeset version` rewrites package.json, deletes the changesets and writes
// CHANGELOG.md, so it runs in a throwaway copy of the working tree (tracked and new
// files, as `git status` sees them); then the copy is built and `npm pack --dry-run`
// lists the tarball. Prints the version bump, the changelog entry and the file list.
// `--use-build` packs the checkout's own dist/ instead of building the copy (the tests,
// which run after `npm test` has built it).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stageCheckout } from './stage-checkout.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const keep = process.argv.includes('--keep');
const useBuild = process.argv.includes('--use-build');

function run(command, args, cwd, options = {}) {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...options });
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const readVersion = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
const pending = (dir) =>
  run('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z', '--', '.changeset'], dir)
    .split('\0')
    .filter((path) => path.endsWith('.md') && !path.endsWith('README.md'));

const changesets = pending(root);
if (changesets.length === 0) {
  console.log('No pending changesets: nothing to release. Add one with `npm run changeset`.');
  process.exit(0);
}

const copy = mkdtempSync(join(tmpdir(), 'partner-taxonomy-release-'));
try {
  stageCheckout(root, copy);

  const before = readVersion(copy);
  run(process.execPath, [join(root, 'node_modules/@changesets/cli/bin.js'), 'version'], copy, { stdio: 'ignore' });
  const after = readVersion(copy);
  const changelog = readFileSync(join(copy, 'CHANGELOG.md'), 'utf8');

  console.log(`partner-taxonomy ${before} → ${after}, from ${changesets.length} changesets:\n`);
  console.log(changelog.trim());
  console.log(`\nThe tarball \`npm publish\` would upload (${useBuild ? 'with the checkout’s dist/' : 'built from the copy'}):\n`);
  if (useBuild) cpSync(join(root, 'dist'), join(copy, 'dist'), { recursive: true });
  else run('npm', ['run', 'build', '--silent'], copy, { stdio: 'inherit' });
  const [pack] = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--loglevel=error'], copy));
  for (const file of pack.files) console.log(`  ${kB(file.size).padStart(9)}  ${file.path}`);
  console.log(`\n${pack.filename}: ${pack.entryCount} files, ${kB(pack.size)} packed, ${kB(pack.unpackedSize)} unpacked`);
  console.log(
    `\nNothing changed here. To release: \`npx changeset version\`, review and commit, then \`npm run release\`.`,
  );
} finally {
  if (keep) console.log(`Kept the copy in ${copy}`);
  else rmSync(copy, { recursive: true, force: true });
}
