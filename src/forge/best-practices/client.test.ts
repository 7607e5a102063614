import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadExchanges, startReplayServer } from '../../../test/helpers/replay-server.js';
import { createBestPracticesClient } from './client.js';

const FIXTURE = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'github',
  '__fixtures__',
  'bestpractices.json',
);

describe('Best Practices badge client', () => {
  it('finds the badge by repository URL, or says there is none', async () => {
    const server = await startReplayServer(loadExchanges(FIXTURE));
    const client = createBestPracticesClient({ baseUrl: server.baseUrl });
    assert.deepEqual(await client.getBadge('https://github.com/sterling-fixtures/widget'), {
      ok: true,
      data: { found: true, projectId: 1, badgeLevel: 'silver', tieredPercentage: 212 },
    });
    assert.deepEqual(await client.getBadge('https://github.com/sterling-fixtures/unknown'), {
      ok: true,
      data: { found: false },
    });
    assert.equal(
      server.requests[0]?.url,
      '/projects.json?url=https%3A%2F%2Fgithub.com%2Fsterling-fixtures%2Fwidget',
    );
    assert.equal(server.requests[0]?.headers.authorization, undefined);
  });

  it('a body that is not a project list is bad-response; offline sends nothing', async () => {
    const server = await startReplayServer([
      { method: 'get', path: '/projects.json', status: 200, response: { error: 'nope' } },
    ]);
    const r = await createBestPracticesClient({ baseUrl: server.baseUrl }).getBadge('https://github.com/a/b');
    assert.equal(!r.ok && r.reason, 'bad-response');
    const offline = createBestPracticesClient({ baseUrl: server.baseUrl, offline: true });
    assert.equal(!(await offline.getBadge('https://github.com/a/b')).ok, true);
    assert.equal(offline.requestCount, 0);
    assert.equal(server.requests.length, 1);
  });
});
