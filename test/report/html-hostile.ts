/**
 * A repository and an advisory database whose every string carries an HTML/JS injection attempt:
 * folder and file names, package names and versions, the project name, a workflow, advisory ids,
 * summaries, details and reference URLs. Used by the HTML report's injection test.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeTree } from '../helpers/tmp.js';

/** Payloads that would run script, load something or break out of the markup if not escaped. */
export const PAYLOADS = {
  script: '<script>alert("script")</script>',
  attr: '"><img src=x onerror=alert("attr")>',
  single: "'><svg onload=alert('single')>",
  style: '</style><style>body{display:none}</style>',
  js: 'javascript:alert("js")',
  control: 'ctl\u001b[31m\u0007\u202ereversed',
} as const;

/** The package the advisory names: its name carries an attribute break-out. */
export const EVIL_PACKAGE = `evil${PAYLOADS.attr}`;
export const EVIL_FOLDER = `apps/x${PAYLOADS.style}`;
export const ADVISORY_ID = `GHSA-${PAYLOADS.single}`;

export function writeHostileRepo(root: string): void {
  const lock = {
    name: `proj${PAYLOADS.script}`,
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': {
        name: `proj${PAYLOADS.script}`,
        version: '1.0.0',
        dependencies: { [EVIL_PACKAGE]: '1.0.0', [`ctl-${PAYLOADS.control}`]: `1.0.0${PAYLOADS.script}` },
      },
      [`node_modules/${EVIL_PACKAGE}`]: {
        version: '1.0.0',
        resolved: PAYLOADS.js,
        integrity: `sha512-${PAYLOADS.attr}`,
      },
      [`node_modules/ctl-${PAYLOADS.control}`]: { version: `1.0.0${PAYLOADS.script}` },
    },
  };
  writeTree(root, {
    'package.json': JSON.stringify({
      name: `proj${PAYLOADS.script}`,
      version: '1.0.0',
      dependencies: { [EVIL_PACKAGE]: '1.0.0' },
    }),
    'package-lock.json': JSON.stringify(lock, null, 2),
    [`${EVIL_FOLDER}/package-lock.json`]: JSON.stringify(lock, null, 2),
    [`${PAYLOADS.single}/requirements.txt`]: `flask==${PAYLOADS.attr}\n`,
    '.github/workflows/ci.yml': [
      `name: ${JSON.stringify(PAYLOADS.script)}`,
      'on: push',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      `      - uses: ${'actions/checkout@v4'}`,
      `      - run: echo ${JSON.stringify(PAYLOADS.attr)}`,
      '',
    ].join('\n'),
  });
}

/** One OSV record for the evil package, every text field hostile. */
export function writeHostileRecords(dir: string): void {
  const record = {
    schema_version: '1.6.0',
    id: ADVISORY_ID,
    modified: '2024-01-01T00:00:00Z',
    published: '2023-01-01T00:00:00Z',
    aliases: [`CVE-2099-${PAYLOADS.script}`],
    summary: `Summary ${PAYLOADS.script} ${PAYLOADS.attr} ${PAYLOADS.control}`,
    details: `Details ${PAYLOADS.style}`,
    severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
    affected: [
      {
        package: { ecosystem: 'npm', name: EVIL_PACKAGE },
        ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.0.1' }] }],
      },
    ],
    references: [
      { type: 'WEB', url: PAYLOADS.js },
      { type: 'ADVISORY', url: `https://example.com/${PAYLOADS.attr}` },
      { type: `FIX${PAYLOADS.script}`, url: 'data:text/html,<script>alert("data")</script>' },
    ],
  };
  writeFileSync(join(dir, 'record.json'), JSON.stringify(record));
}
