/**
 * `npm run release:dry` is the reviewer's view of the next release: it must show the
 * version bump, a changelog entry for every pending changeset and the files the tarball
 * would hold, and it must leave the checkout exactly as it found it.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireBuild, root } from './support/built-package.js';

const git = (...args: string[]): string => execFileSync('git', args, { cwd: root, encoding: 'utf8' });

/** The summary line of each pending changeset: what its CHANGELOG entry must contain. */
function pendingSummaries(): string[] {
  const dir = join(root, '.changeset');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .map((name) => readFileSync(join(dir, name), 'utf8').split(/^---$/m)[2]?.trim().split('\n')[0] ?? '');
}

describe('npm run release:dry', () => {
  it('shows the bump, the changelog and the tarball, and changes nothing', { timeout: 120_000 }, () => {
    const statusBefore = git('status', '--porcelain', '--untracked-files=all');
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

    requireBuild();
    const output = execFileSync(process.execPath, [join(root, 'scripts/release-dry.mjs'), '--use-build'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const summaries = pendingSummaries();
    expect(summaries.length).toBeGreaterThan(0);
    expect(output).toMatch(new RegExp(`partner-taxonomy ${version.replaceAll('.', '\\.')} → \\d+\\.\\d+\\.\\d+, from ${summaries.length} changesets`));
    for (const summary of summaries) expect(output).toContain(summary);
    for (const file of ['CHANGELOG.md', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js', 'partner-record.schema.json', 'rules.schema.json']) {
      expect(output).toMatch(new RegExp(`kB  ${file.replaceAll('.', '\\.')}\n`));
    }
    expect(output).not.toMatch(/kB {2}(src|test|bench|scripts|\.changeset)\//);

    expect(git('status', '--porcelain', '--untracked-files=all')).toBe(statusBefore);
  });
});
