// Deterministic fixtures for the browser tests, written to a temp file:
// `users` users, `articles` articles and `comments` comments, shaped like
// the benchmark's data (what real Django's dumpdata writes).
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PASSWORD = 'pbkdf2_sha256$1000000$ormplayground$W2q9+BspHg+gmLZtFaQ3vjfI4bNhk5i48kKkhAltSK4=';
const WHEN = '2024-01-01T00:00:00Z';

/**
 * Writes the fixture as `name` (JSON; JSON Lines when it ends in .jsonl)
 * and returns its path. `text(i)` gives comment i's content.
 */
export async function generateFixture({
  users = 10,
  articles = 100,
  comments = 1000,
  name = 'generated.json',
  text = (i) => `댓글 ${i}`,
} = {}) {
  const objects = [];
  for (let pk = 1; pk <= users; pk += 1) {
    objects.push({
      model: 'accounts.user',
      pk,
      fields: {
        password: PASSWORD, last_login: null, is_superuser: false,
        username: `user${String(pk).padStart(5, '0')}`, first_name: '', last_name: '',
        email: '', is_staff: false, is_active: true, date_joined: WHEN,
        groups: [], user_permissions: [], followings: pk > 1 ? [pk - 1] : [],
      },
    });
  }
  for (let pk = 1; pk <= articles; pk += 1) {
    objects.push({
      model: 'articles.article',
      pk,
      fields: {
        user: ((pk - 1) % users) + 1, title: `글 ${pk}`, content: '내용',
        created_at: WHEN, updated_at: WHEN, like_users: [],
      },
    });
  }
  for (let pk = 1; pk <= comments; pk += 1) {
    objects.push({
      model: 'articles.comment',
      pk,
      fields: {
        article: ((pk - 1) % articles) + 1, user: ((pk * 7) % users) + 1, content: text(pk),
        created_at: WHEN, updated_at: WHEN,
      },
    });
  }
  const body = name.endsWith('.jsonl')
    ? objects.map((o) => JSON.stringify(o)).join('\n') + '\n'
    : JSON.stringify(objects, null, 4);
  const path = join(await mkdtemp(join(tmpdir(), 'orm-playground-fixture-')), name);
  await writeFile(path, body);
  return path;
}
