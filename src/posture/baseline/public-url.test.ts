import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { it } from 'node:test';
import { readableAnonymously } from './public-url.js';

it('only https URLs are tried', async () => {
  assert.equal(await readableAnonymously('http://127.0.0.1:1/x.git'), false);
  assert.equal(await readableAnonymously('git@example.com:a/b.git'), false);
});

it('an https endpoint that does not serve the repository anonymously is not public', async () => {
  const server = createServer((_req, res) => {
    res.writeHead(401, { 'www-authenticate': 'Basic realm="git"' });
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const port = (server.address() as AddressInfo).port;
    // A plain-http server behind an https URL: the read fails, so nothing is claimed.
    assert.equal(await readableAnonymously(`https://127.0.0.1:${port}/private.git`), false);
  } finally {
    server.close();
  }
});
