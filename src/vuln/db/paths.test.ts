import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultDatabasePath } from './paths.js';

describe('defaultDatabasePath', () => {
  const cases: Array<[name: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform, expected: string]> = [
    ['STERLING_DB wins', { STERLING_DB: '/data/v.sqlite', HOME: '/home/u' }, 'linux', '/data/v.sqlite'],
    [
      'empty STERLING_DB is ignored',
      { STERLING_DB: '', HOME: '/home/u' },
      'linux',
      '/home/u/.cache/sterling/osv.sqlite',
    ],
    [
      'Linux XDG_CACHE_HOME',
      { XDG_CACHE_HOME: '/var/cache/u', HOME: '/home/u' },
      'linux',
      '/var/cache/u/sterling/osv.sqlite',
    ],
    [
      'relative XDG_CACHE_HOME is invalid',
      { XDG_CACHE_HOME: 'rel', HOME: '/home/u' },
      'linux',
      '/home/u/.cache/sterling/osv.sqlite',
    ],
    ['Linux default', { HOME: '/home/u' }, 'linux', '/home/u/.cache/sterling/osv.sqlite'],
    ['FreeBSD like Linux', { HOME: '/home/u' }, 'freebsd', '/home/u/.cache/sterling/osv.sqlite'],
    [
      'macOS',
      { HOME: '/Users/u', XDG_CACHE_HOME: '/x' },
      'darwin',
      '/Users/u/Library/Caches/sterling/osv.sqlite',
    ],
    [
      'Windows LOCALAPPDATA',
      { LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' },
      'win32',
      'C:\\Users\\u\\AppData\\Local\\sterling\\osv.sqlite',
    ],
    [
      'Windows without LOCALAPPDATA',
      { USERPROFILE: 'C:\\Users\\u' },
      'win32',
      'C:\\Users\\u\\AppData\\Local\\sterling\\osv.sqlite',
    ],
  ];
  for (const [name, env, platform, expected] of cases) {
    it(name, () => assert.equal(defaultDatabasePath(env, platform), expected));
  }
});
