import { createServer } from 'node:http';

const port = Number(process.env.PORT ?? 3000);

export const server = createServer((req, res) => {
  if (req.url === '/health') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: 'ok' }));
    return;
  }
  console.log('request', req.method, req.url);
  res.writeHead(404);
  res.end();
});

if (process.argv[1] && import.meta.url.endsWith(process.argv[1])) server.listen(port);
