// The native `manage` command, for browser tests that compare the page with
// what the CLI says on the same bundled fixtures.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './browser.mjs';

export const FIXTURES = ['fixtures/users.json', 'fixtures/articles.json', 'fixtures/comments.json'];

/** `manage scenario NAME --fixture ... --json`, parsed. */
export function manageScenario(name) {
  const args = ['run', '--quiet', '--bin', 'manage', '--', 'scenario', name];
  for (const fixture of FIXTURES) args.push('--fixture', fixture);
  args.push('--json');
  const out = execFileSync('cargo', args, {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out);
}

/** Runs `manage ARGS` and returns its stdout as bytes. */
export function manage(args) {
  return execFileSync('cargo', ['run', '--quiet', '--bin', 'manage', '--', ...args], {
    cwd: ROOT,
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/**
 * What `manage dumpdata ARGS` writes for a fresh database after `migrate`
 * and one `loaddata` per list in `loads` (paths relative to the repository).
 */
export function manageDump(loads, args = []) {
  const db = join(mkdtempSync(join(tmpdir(), 'orm-playground-cli-')), 'db.sqlite3');
  manage(['--db', db, 'migrate']);
  for (const files of loads) manage(['--db', db, 'loaddata', ...files.map((f) => join(ROOT, f))]);
  return manage(['--db', db, 'dumpdata', ...args]);
}
