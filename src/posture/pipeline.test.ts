import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commitAll } from '../../test/helpers/git.js';
import { tempDir, writeTree } from '../../test/helpers/tmp.js';
import { scan } from '../core/pipeline/scan.js';

const TREE = {
  'SECURITY.md': 'Report vulnerabilities to security@example.org within 90 days.\n',
  LICENSE: 'x',
};

describe('scan() with posture', () => {
  it('runs the posture checks when asked, and times them', async () => {
    const dir = tempDir();
    writeTree(dir, TREE);
    const r = await scan(dir, { posture: {}, extractors: [] });
    assert.equal(r.posture.status, 'ok');
    if (r.posture.status !== 'ok') return;
    assert.deepEqual(
      r.posture.checks.filter((c) => c.status === 'scored').map((c) => `${c.name} ${c.score}`),
      [
        'Binary-Artifacts 10',
        'Dependency-Update-Tool 0',
        'Fuzzing 0',
        'License 9',
        'SAST 0',
        'Security-Policy 10',
      ],
    );
    // No forge settings: the forge checks say so, score -1, and no request is made.
    for (const c of r.posture.checks.filter((c) => c.evidence === 'forge'))
      assert.deepEqual(
        [c.status, c.score, c.reason],
        ['needs-forge', -1, 'needs forge access: no forge settings were given'],
      );
    assert.deepEqual(r.posture.sources.forge, {
      requests: 0,
      note: 'needs forge access: no forge settings were given',
    });
    // Not a git repository, no matching: the history and database checks say why, unscored.
    assert.deepEqual(
      r.posture.checks
        .filter((c) => c.evidence === 'git-history' || c.evidence === 'vulnerability-db')
        .map((c) => `${c.name} ${c.status}`),
      [
        'Code-Review inconclusive',
        'Contributors inconclusive',
        'Maintained inconclusive',
        'Vulnerabilities inconclusive',
      ],
    );
    assert.equal(typeof r.timings?.postureMs, 'number');
  });

  it('says posture did not run when not asked', async () => {
    const dir = tempDir();
    writeTree(dir, TREE);
    const r = await scan(dir, { extractors: [] });
    assert.deepEqual(r.posture, { status: 'not-run', reason: 'posture checks were not requested' });
  });

  it('checks a selection only', async () => {
    const dir = tempDir();
    writeTree(dir, TREE);
    const r = await scan(dir, { posture: { checks: ['license'] }, extractors: [] });
    assert.deepEqual(r.posture.status === 'ok' && r.posture.checks.map((c) => c.name), ['License']);
  });

  it('on a cloned git URL: the commit scanned, git-tracked files, and a note that the clone is shallow', async () => {
    const src = tempDir();
    writeTree(src, TREE);
    commitAll(src, 'one', 1);
    const r = await scan(`file://${src}`, { allowFileProtocol: true, posture: {}, extractors: [] });
    assert.equal(r.posture.status, 'ok');
    if (r.posture.status !== 'ok') return;
    assert.equal(r.posture.sources.commit, r.target.commit);
    assert.equal(r.posture.sources.files, 'git-tracked');
    assert.match(r.posture.sources.gitNote ?? '', /shallow/);
  });

  it('an SBOM file target has no source tree to check', async () => {
    const dir = tempDir();
    writeTree(dir, {
      'bom.cdx.json': JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', components: [] }),
    });
    const r = await scan(`${dir}/bom.cdx.json`, { posture: {} });
    assert.deepEqual(r.posture, {
      status: 'not-run',
      reason: 'the target is an SBOM file, not a source tree',
    });
  });
});
