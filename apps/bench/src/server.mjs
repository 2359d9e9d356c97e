// The benchmark's own localhost server: one page per case, the harness, the probe module that
// imports the case's file, and the files themselves, gzipped (-9) as a web server would send them.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';

const harness = readFileSync(new URL('./harness.js', import.meta.url));

// Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
const commonHeaders = {
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'X-Content-Type-Options': 'nosniff',
};

function casePage(benchCase) {
  return `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>bench: ${benchCase.id}</title>
    <script src="/harness.js"></script>
  </head>
  <body>
    <main>
      ${benchCase.markup}
    </main>
    ${benchCase.file ? `<script type="module" src="/probe/${benchCase.id}.js"></script>` : ''}
  </body>
</html>
`;
}

// A module graph without top-level await runs in one go: this body runs right after the
// file's own top-level code, before any microtask (so before Lit's first render).
function probe(benchCase) {
  return `import '/files/${benchCase.file}';\nbenchEvaluated('/files/${benchCase.file}');\n`;
}

/** Starts the server; resolves to `{ origin, close }`. The files are read once, at start. */
export async function startBenchServer(cases) {
  const routes = new Map();
  for (const benchCase of cases) {
    routes.set(`/case/${benchCase.id}`, { type: 'text/html; charset=utf-8', body: Buffer.from(casePage(benchCase)) });
    routes.set(`/probe/${benchCase.id}.js`, { type: 'text/javascript; charset=utf-8', body: Buffer.from(probe(benchCase)) });
    routes.set(`/files/${benchCase.file}`, { type: 'text/javascript; charset=utf-8', body: readFileSync(benchCase.path) });
  }
  routes.set('/harness.js', { type: 'text/javascript; charset=utf-8', body: harness });
  // The same page with no file, for the heap an empty page already has.
  routes.set('/case/empty', { type: 'text/html; charset=utf-8', body: Buffer.from(casePage({ id: 'empty', markup: '' })) });
  for (const route of routes.values()) route.gzip = gzipSync(route.body, { level: 9 });

  const server = createServer((request, response) => {
    const route = routes.get(new URL(request.url, 'http://localhost').pathname);
    if (!route) {
      response.writeHead(request.url === '/favicon.ico' ? 204 : 404, commonHeaders).end();
      return;
    }
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const body = gzip ? route.gzip : route.body;
    response.writeHead(200, {
      ...commonHeaders,
      'Content-Type': route.type,
      'Content-Length': body.length,
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    gzipBytes: (file) => routes.get(`/files/${file}`).gzip.length,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
