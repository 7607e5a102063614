import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { osvJson } from '../../../test/helpers/osv.js';
import { tempDir } from '../../../test/helpers/tmp.js';
import { zipBuffer } from '../../../test/helpers/zip.js';
import { ExternalSourceError, UsageError } from '../../core/errors/index.js';
import { parseGoogHash } from './download.js';
import { UpdateError } from './errors.js';
import { openDatabase, type VulnDb } from './open.js';
import { allZipUrl, checkBaseUrl, osvBaseUrl, updateDatabase } from './update.js';

interface Served {
  body: Buffer;
  etag?: string;
  lastModified?: string;
  md5?: string;
  honorConditional: boolean;
  status: number;
  stall: boolean;
}

const LAST_MODIFIED = 'Wed, 01 May 2024 00:00:00 GMT';

function zipOf(...ids: Array<[string, string]>): Buffer {
  return zipBuffer(
    ids.map(([id, modified]) => ({
      name: `${id}.json`,
      data: osvJson(id, { packages: [['npm', 'pkg']], modified }),
    })),
  );
}

function md5(b: Buffer): string {
  return createHash('md5').update(b).digest('base64');
}

describe('updateDatabase against a local HTTP server', () => {
  let server: Server;
  let base: string;
  let served: Served;
  const requests: Array<{ url: string; headers: IncomingHttpHeaders }> = [];

  function serve(body: Buffer, etag: string): void {
    served = {
      body,
      etag,
      lastModified: LAST_MODIFIED,
      md5: md5(body),
      honorConditional: true,
      status: 200,
      stall: false,
    };
  }

  before(async () => {
    server = createServer((req, res) => {
      requests.push({ url: req.url ?? '', headers: req.headers });
      if (req.url?.startsWith('/osv/missing/')) return void res.writeHead(404).end();
      if (served.status !== 200) return void res.writeHead(served.status).end('boom');
      if (served.honorConditional && served.etag && req.headers['if-none-match'] === served.etag) {
        return void res.writeHead(304, { ETag: served.etag }).end();
      }
      const headers: Record<string, string> = {
        'Content-Type': 'application/zip',
        'Content-Length': String(served.body.length),
      };
      if (served.etag) headers.ETag = served.etag;
      if (served.lastModified) headers['Last-Modified'] = served.lastModified;
      if (served.md5) headers['x-goog-hash'] = `crc32c=AAAAAA==, md5=${served.md5}`;
      res.writeHead(200, headers);
      if (served.stall) res.write(served.body.subarray(0, 10));
      else res.end(served.body);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/osv`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  let dir: string;
  let db: VulnDb;
  beforeEach(() => {
    requests.length = 0;
    serve(zipOf(['U-1', '2024-01-01T00:00:00Z'], ['U-2', '2024-01-01T00:00:00Z']), '"v1"');
  });
  // Each test opens its own database (tempDir registers its cleanup with the test that calls it).
  function fresh(): void {
    dir = tempDir();
    db = openDatabase(join(dir, 'osv.sqlite'));
  }

  const ids = () => db.lookup('npm', 'pkg').map((r) => `${r.id}@${r.modified.slice(0, 10)}`);

  it('imports on the first update, then sends If-None-Match / If-Modified-Since and imports nothing on 304', async () => {
    fresh();
    const first = await updateDatabase(db, { baseUrl: base, ecosystems: ['npm'] });
    assert.equal(requests[0]?.url, '/osv/npm/all.zip');
    assert.equal(requests[0]?.headers['if-none-match'], undefined);
    assert.deepEqual(
      first.ecosystems.map((e) => [e.ecosystem, e.status, e.import?.inserted]),
      [['npm', 'updated', 2]],
    );
    const src = db.status().ecosystems[0]?.sources[0];
    assert.deepEqual(
      [src?.url, src?.etag, src?.lastModified, src?.checksum],
      [`${base}/npm/all.zip`, '"v1"', LAST_MODIFIED, `md5:${served.md5}`],
    );

    const second = await updateDatabase(db, { baseUrl: base });
    assert.equal(requests[1]?.headers['if-none-match'], '"v1"');
    assert.equal(requests[1]?.headers['if-modified-since'], LAST_MODIFIED);
    assert.deepEqual(
      second.ecosystems.map((e) => [e.status, e.reason, e.import]),
      [['unchanged', 'not-modified', undefined]],
    );
    assert.deepEqual(ids(), ['U-1@2024-01-01', 'U-2@2024-01-01']);
    db.close();
  });

  it('skips the download when x-goog-hash matches the stored checksum', async () => {
    fresh();
    await updateDatabase(db, { baseUrl: base, ecosystems: ['npm'] });
    served.honorConditional = false;
    const r = await updateDatabase(db, { baseUrl: base, ecosystems: ['npm'] });
    assert.deepEqual(
      r.ecosystems.map((e) => [e.status, e.reason]),
      [['unchanged', 'same-checksum']],
    );
    db.close();
  });

  it('imports a changed all.zip: newer records replace, the new ETag is stored', async () => {
    fresh();
    await updateDatabase(db, { baseUrl: base, ecosystems: ['npm'] });
    serve(
      zipOf(
        ['U-1', '2024-09-09T00:00:00Z'],
        ['U-2', '2024-01-01T00:00:00Z'],
        ['U-3', '2024-01-01T00:00:00Z'],
      ),
      '"v2"',
    );
    const r = await updateDatabase(db, { baseUrl: base, ecosystems: ['npm'] });
    const imp = r.ecosystems[0]?.import;
    assert.deepEqual([imp?.inserted, imp?.replaced, imp?.unchanged], [1, 1, 1]);
    assert.deepEqual(ids(), ['U-1@2024-09-09', 'U-2@2024-01-01', 'U-3@2024-01-01']);
    assert.equal(db.status().ecosystems[0]?.etag, '"v2"');
    db.close();
  });

  it('URL-encodes the ecosystem folder', async () => {
    fresh();
    await updateDatabase(db, { baseUrl: `${base}///`, ecosystems: ['Debian:12'] });
    assert.equal(requests[0]?.url, '/osv/Debian%3A12/all.zip');
    assert.deepEqual(
      db.status().ecosystems.map((e) => [e.ecosystem, e.sources.map((s) => s.ecosystem)]),
      [
        ['Debian', ['Debian:12']],
        ['npm', []],
      ],
    );
    db.close();
  });

  const failures: Array<{ name: string; setup: () => void; opts?: object; message: RegExp }> = [
    { name: 'HTTP 500', setup: () => (served.status = 500), message: /HTTP 500/ },
    {
      name: 'an md5 mismatch',
      setup: () => (served.md5 = md5(Buffer.from('other'))),
      message: /arrived corrupted/,
    },
    {
      name: 'a body over the size cap',
      setup: () => undefined,
      opts: { maxDownloadBytes: 100 },
      message: /over the 100-byte limit/,
    },
    {
      name: 'a body that is not a zip',
      setup: () => serve(Buffer.from('<html>captive portal</html>'), '"html"'),
      message: /not a usable OSV all\.zip: zip refused/,
    },
    {
      name: 'a stalled body',
      setup: () => (served.stall = true),
      opts: { idleTimeoutMs: 300 },
      message: /timed out/,
    },
  ];
  for (const f of failures) {
    it(`turns ${f.name} into an ExternalSourceError naming the URL, importing nothing`, async () => {
      fresh();
      f.setup();
      const url = `${base}/npm/all.zip`;
      await assert.rejects(
        updateDatabase(db, { baseUrl: base, ecosystems: ['npm'], ...f.opts }),
        (err: unknown) => {
          assert.ok(err instanceof ExternalSourceError && err instanceof UpdateError);
          assert.match(err.message, f.message);
          assert.ok(err.message.includes(url), err.message);
          assert.match(err.hint ?? '', /--base-url/);
          assert.match(err.hint ?? '', /sterling db import/);
          return true;
        },
      );
      assert.equal(db.status().records, 0);
      assert.deepEqual(db.status().ecosystems, []);
      assert.deepEqual(
        readdirSync(dir).filter((f) => f.includes('.download')),
        [],
      );
      db.close();
    });
  }

  it('turns a refused connection into an ExternalSourceError naming the URL', async () => {
    fresh();
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const url = `http://127.0.0.1:${port}/npm/all.zip`;
    await assert.rejects(
      updateDatabase(db, { baseUrl: `http://127.0.0.1:${port}`, ecosystems: ['npm'] }),
      (err: unknown) =>
        err instanceof ExternalSourceError && err.message === `cannot download ${url}: ECONNREFUSED`,
    );
    db.close();
  });

  it('updates the other ecosystems when one fails, and reports both', async () => {
    fresh();
    await assert.rejects(
      updateDatabase(db, { baseUrl: base, ecosystems: ['missing', 'npm'] }),
      (err: unknown) => {
        assert.ok(err instanceof UpdateError);
        assert.match(err.message, /could not update 1 of 2 ecosystems: .*\/osv\/missing\/all\.zip/);
        assert.deepEqual(
          err.report.ecosystems.map((e) => [e.ecosystem, e.status]),
          [['npm', 'updated']],
        );
        assert.match(err.report.failed[0]?.message ?? '', /HTTP 404/);
        return true;
      },
    );
    assert.deepEqual(ids(), ['U-1@2024-01-01', 'U-2@2024-01-01']);
    db.close();
  });

  it('asks which ecosystems to update when the database has none', async () => {
    fresh();
    await assert.rejects(updateDatabase(db, { baseUrl: base }), (err: unknown) => {
      return err instanceof UsageError && /--ecosystem npm/.test(err.hint ?? '');
    });
    assert.equal(requests.length, 0);
    db.close();
  });

  it('uses the injected fetch', async () => {
    fresh();
    const seen: string[] = [];
    const fake: typeof fetch = async (input) => {
      seen.push(String(input));
      throw new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } });
    };
    await assert.rejects(updateDatabase(db, { ecosystems: ['PyPI'], fetch: fake }), /ENOTFOUND/);
    assert.deepEqual(seen, ['https://osv-vulnerabilities.storage.googleapis.com/PyPI/all.zip']);
    db.close();
  });
});

describe('update helpers', () => {
  const urls: Array<[string, string, string]> = [
    ['https://b.example', 'npm', 'https://b.example/npm/all.zip'],
    ['https://b.example/', 'crates.io', 'https://b.example/crates.io/all.zip'],
    ['https://b.example/a//', 'Ubuntu:22.04:LTS', 'https://b.example/a/Ubuntu%3A22.04%3ALTS/all.zip'],
    ['http://127.0.0.1:9', 'GitHub Actions', 'http://127.0.0.1:9/GitHub%20Actions/all.zip'],
  ];
  for (const [b, eco, url] of urls) it(`allZipUrl(${b}, ${eco})`, () => assert.equal(allZipUrl(b, eco), url));

  const hashes: Array<[string | null, object]> = [
    [
      'crc32c=n03x6A==, md5=Ojk9c3dhfxgoKVVHYwFbHQ==',
      { crc32c: 'n03x6A==', md5: 'Ojk9c3dhfxgoKVVHYwFbHQ==' },
    ],
    ['md5=abc=', { md5: 'abc=' }],
    ['crc32c=x', { crc32c: 'x' }],
    ['garbage,,=,md5=', {}],
    [null, {}],
  ];
  for (const [h, out] of hashes) it(`parseGoogHash(${h})`, () => assert.deepEqual(parseGoogHash(h), out));

  const bases: Array<[NodeJS.ProcessEnv, string | undefined, string]> = [
    [{}, undefined, 'https://osv-vulnerabilities.storage.googleapis.com'],
    [{ STERLING_OSV_BASE_URL: 'https://mirror.example' }, undefined, 'https://mirror.example'],
    [{ STERLING_OSV_BASE_URL: 'https://mirror.example' }, 'http://flag.example', 'http://flag.example'],
    [{ STERLING_OSV_BASE_URL: '' }, undefined, 'https://osv-vulnerabilities.storage.googleapis.com'],
  ];
  for (const [env, flag, expected] of bases) {
    it(`osvBaseUrl(${JSON.stringify(env)}, ${flag}) -> ${expected}`, () =>
      assert.equal(osvBaseUrl(env, flag), expected));
  }

  for (const bad of ['ftp://x', 'not a url', 'file:///etc']) {
    it(`checkBaseUrl refuses ${bad}`, () => assert.throws(() => checkBaseUrl(bad), UsageError));
  }

  for (const bad of ['', '..', '.', 'a\u0000b']) {
    it(`refuses the ecosystem name ${JSON.stringify(bad)}`, async () => {
      const db = openDatabase(join(tempDir(), 'osv.sqlite'));
      await assert.rejects(
        updateDatabase(db, { ecosystems: [bad], fetch: () => Promise.reject(new Error('no')) }),
        UsageError,
      );
      db.close();
    });
  }
});
