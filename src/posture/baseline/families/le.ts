import type { BaselineEvidence } from '../../../core/model/baseline.js';
import { byForgeFlag } from '../forge.js';
import type { BaselineInput } from '../input.js';
import { isApprovedExpression, isApprovedId, recogniseLicenseText } from '../licenses.js';
import { fail, fileEvidence, pass, type Rule, review, type Verdict } from '../rule.js';

/** Recent commits looked at for sign-offs. */
const SIGNOFF_WINDOW = 100;

function signOffs(i: BaselineInput): Verdict {
  const git = i.raw.git;
  if (!git.available)
    return byForgeFlag(
      i.forge,
      'contributorAssertionRequired',
      'a DCO or CLA check is required',
      'no DCO or CLA check is required',
    );
  const commits = git.commits.filter((c) => c.parents.length < 2).slice(0, SIGNOFF_WINDOW);
  const signed = commits.filter((c) => c.trailers.some((t) => t.toLowerCase().startsWith('signed-off-by:')));
  const ev: BaselineEvidence = {
    kind: 'git',
    ref: `${signed.length} of the last ${commits.length} non-merge commits carry Signed-off-by`,
  };
  if (commits.length > 0 && signed.length === commits.length)
    return pass('every recent commit carries a DCO sign-off', ev);
  const forge = byForgeFlag(
    i.forge,
    'contributorAssertionRequired',
    'a DCO or CLA check is required',
    'no DCO or CLA check is required',
  );
  if (forge.status !== 'needs-review') return { ...forge, evidence: [...forge.evidence, ev] };
  return review(
    `${commits.length - signed.length} of the last ${commits.length} commits have no Signed-off-by; whether a CLA is required needs forge access`,
    ev,
  );
}

interface LicenseSeen {
  id?: string;
  path: string;
  by: 'text' | 'file name';
}

/** The root license file and the license it is recognised as (by its text, else by its name). */
function rootLicense(i: BaselineInput): LicenseSeen | undefined {
  const path = i.docs().rootLicense.find((p) => !p.includes('/')) ?? i.docs().rootLicense[0];
  if (path === undefined) return undefined;
  const byText = recogniseLicenseText(i.text(path) ?? '');
  if (byText) return { id: byText, path, by: 'text' };
  const byName = i.raw.license().files.find((f) => f.path === path && f.spdxId !== 'NOASSERTION');
  return byName ? { id: byName.spdxId, path, by: 'file name' } : { path, by: 'text' };
}

function sourceLicense(i: BaselineInput): Verdict {
  const seen = rootLicense(i);
  if (seen?.id) {
    const ev = fileEvidence(seen.path);
    return isApprovedId(seen.id)
      ? pass(`${seen.path} is ${seen.id} (recognised by its ${seen.by}), an OSI/FSF-approved license`, ev)
      : fail(`${seen.path} is ${seen.id}, which is not on the OSI/FSF-approved list`, ev);
  }
  const expression = i.insights()?.repository?.license.expression;
  if (expression !== undefined) return byExpression(i, expression, ['repository', 'license', 'expression']);
  if (seen)
    return review(
      `${seen.path} was not recognised as a known license; check it is OSI/FSF-approved`,
      fileEvidence(seen.path),
    );
  return review('no license file at the root and none declared in security-insights.yml (see OSPS-LE-03.01)');
}

function byExpression(i: BaselineInput, expression: string, key: string[]): Verdict {
  const ok = isApprovedExpression(expression);
  const ev = i.insightsEvidence(key);
  const shown = expression.slice(0, 100);
  if (ok === undefined) {
    return review(
      `the declared license "${shown}" is not a well-formed SPDX expression of known licenses`,
      ev,
    );
  }
  return ok
    ? pass(`the declared license ${shown} is OSI/FSF-approved`, ev)
    : fail(`the declared license ${shown} is not OSI/FSF-approved`, ev);
}

function releaseLicense(i: BaselineInput): Verdict {
  const expression = i.insights()?.repository?.release?.license?.expression;
  if (expression !== undefined)
    return byExpression(i, expression, ['repository', 'release', 'license', 'expression']);
  const v = sourceLicense(i);
  return { ...v, reason: `no separate release license declared, so the source license applies: ${v.reason}` };
}

function licenseLocation(i: BaselineInput): Verdict {
  const files = i.docs().rootLicense;
  if (files.length > 0) return pass(`the license is in ${files[0]}`, fileEvidence(files[0]!));
  return fail('no LICENSE or COPYING file, and no LICENSE/ folder, at the root of the repository');
}

function releasedLicense(i: BaselineInput): Verdict {
  const files = i.docs().rootLicense;
  if (files.length > 0)
    return pass(`${files[0]} is part of the source tree releases are made from`, fileEvidence(files[0]!));
  if (i.insights()?.repository?.release?.license?.url)
    return pass(
      'a release license is declared',
      i.insightsEvidence(['repository', 'release', 'license', 'url']),
    );
  return review('no license file in the source and no release license declared; check the release assets');
}

/** OSPS-LE: legal. */
export const LE_RULES: readonly Rule[] = [
  {
    id: 'OSPS-LE-01.01',
    level: 2,
    title: "Every commit asserts the contributor's right to contribute (DCO or CLA)",
    how: 'git: Signed-off-by on the last 100 non-merge commits; forge: a required DCO/CLA check.',
    evaluate: signOffs,
  },
  {
    id: 'OSPS-LE-02.01',
    level: 1,
    title: 'The source code license is OSI- or FSF-approved',
    how: 'files: the root license recognised by its text or name (fail when not approved); security-insights.yml repository.license.expression.',
    evaluate: sourceLicense,
  },
  {
    id: 'OSPS-LE-02.02',
    level: 1,
    title: 'The license of released assets is OSI- or FSF-approved',
    how: 'security-insights.yml repository.release.license.expression; otherwise the source license.',
    evaluate: releaseLicense,
  },
  {
    id: 'OSPS-LE-03.01',
    level: 1,
    title: 'The source license sits in LICENSE, COPYING or a LICENSE/ folder',
    how: 'files: LICENSE*, LICENCE*, COPYING* or LICENSE(S)/ at the root (fail when absent).',
    evaluate: licenseLocation,
  },
  {
    id: 'OSPS-LE-03.02',
    level: 1,
    title: 'Released assets ship with their license',
    how: 'files: the root license is in the released source; security-insights.yml repository.release.license.',
    evaluate: releasedLicense,
  },
];
