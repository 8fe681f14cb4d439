// Loopback HTTP servers for the network benchmarks: 127.0.0.1 only, each stopped by its close().

import http from 'node:http';

/** Starts an HTTP server on 127.0.0.1 (a free port); `close()` also ends open keep-alive connections. */
export function startServer(handler) {
  const server = http.createServer(handler);
  server.keepAliveTimeout = 5000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** Checklist YAML: targets by name, one item per entry of `items` ({ id, check } with check as flow YAML). */
export function checklistYaml(targets, items) {
  return [
    'id: bench-net',
    'title: Network benchmark',
    'targets:',
    ...Object.entries(targets).map(([name, url]) => `  ${name}: ${url}`),
    'sections:',
    '  - id: net',
    '    title: Network',
    '    items:',
    ...items.flatMap((item) => [
      `      - id: ${item.id}`,
      `        title: ${item.id}`,
      `        timeout: ${item.timeout ?? '60s'}`,
      `        check: ${item.check}`,
    ]),
    '',
  ].join('\n');
}

/** Parses the JSON report a `preflight check -f json` run printed; throws with its stderr when there is none. */
export function reportOf(result, what) {
  try {
    return JSON.parse(result.stdout);
  } catch {
    throw new Error(`${what}: no JSON report (exit ${result.code}): ${result.stderr.trim().slice(0, 500)}`);
  }
}
