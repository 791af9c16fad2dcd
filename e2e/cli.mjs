// The native `manage` command, for browser tests that compare the page with
// what the CLI says on the same bundled fixtures.
import { execFileSync } from 'node:child_process';
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
