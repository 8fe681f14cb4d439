import { test } from 'node:test';
import assert from 'node:assert/strict';
import { server } from '../src/server.js';

test('health answers ok', async () => {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const res = await fetch(`http://127.0.0.1:${port}/health`);
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { status: 'ok' });
  await new Promise((resolve) => server.close(resolve));
});
