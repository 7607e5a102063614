import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redactUrl } from './url.js';

describe('redactUrl', () => {
  const cases: Array<[string, string, string]> = [
    ['a token as user name', 'https://tok@github.com/o/r.git', 'https://github.com/o/r.git'],
    [
      'user and password',
      'https://u:secret@cdn.example.com/a-1.0.0.tgz',
      'https://cdn.example.com/a-1.0.0.tgz',
    ],
    [
      'git+https with a password',
      'git+https://tok:secret@github.com/x/y.git#abc',
      'git+https://github.com/x/y.git#abc',
    ],
    ['an ssh password', 'git+ssh://git:pw@github.com/o/r.git', 'git+ssh://github.com/o/r.git'],
    ['an @ in the user part is cut whole', 'https://a@b@host/x.tgz', 'https://host/x.tgz'],
    ['an ssh user is kept', 'git+ssh://deploy@host.example/o/r.git', 'git+ssh://deploy@host.example/o/r.git'],
    ['the git user is kept', 'git+https://git@github.com/o/r.git', 'git+https://git@github.com/o/r.git'],
    ['ssh with a port-like path', 'git+ssh://git@github.com:o/r', 'git+ssh://git@github.com:o/r'],
    [
      'an @ in the path is not a user',
      'https://example.com/@scope/a.tgz',
      'https://example.com/@scope/a.tgz',
    ],
    [
      'no authority user',
      'https://registry.npmjs.org/a/-/a-1.0.0.tgz',
      'https://registry.npmjs.org/a/-/a-1.0.0.tgz',
    ],
    ['scp-like git is left alone', 'git@github.com:o/r.git', 'git@github.com:o/r.git'],
    ['a local path is left alone', 'file:../a@1', 'file:../a@1'],
    ['no path after the host', 'https://tok@host', 'https://host'],
  ];
  for (const [name, url, want] of cases) it(name, () => assert.equal(redactUrl(url), want));
});
