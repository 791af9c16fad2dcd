// A tiny static file server for dist/: what any static host does, no logic.
//
//   node e2e/serve.mjs [--dir dist] [--port 8080] [--base /some/sub/path/]
//
// Also exported as `serve()` for the browser tests.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.md': 'text/markdown; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves `dir` under `base` on 127.0.0.1:`port` (0 picks a free port).
 * Nothing is cached unless `cacheSeconds` is given: then every file but the
 * HTML may be kept that long, as a static host does with Trunk's hashed
 * file names (e2e/coldstart.mjs --cache: a later visit that reuses the
 * HTTP cache and V8's compiled wasm).
 */
export async function serve({ dir, port = 0, base = '/', cacheSeconds = 0 }) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let path = decodeURIComponent(url.pathname);
      if (!path.startsWith(base)) {
        res.writeHead(404).end('not found');
        return;
      }
      path = path.slice(base.length);
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      const info = await stat(file).catch(() => null);
      if (info && info.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control':
          cacheSeconds > 0 && extname(file) !== '.html' ? `public, max-age=${cacheSeconds}` : 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: actual } = server.address();
  return { server, url: `http://127.0.0.1:${actual}${base}` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? process.argv[at + 1] : fallback;
  };
  const { url } = await serve({
    dir: arg('--dir', 'dist'),
    port: Number(arg('--port', '8080')),
    base: arg('--base', '/'),
  });
  console.log(`Serving the playground at ${url}`);
}
