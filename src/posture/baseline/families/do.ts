import { filesEvidence, findHeading } from '../helpers.js';
import type { BaselineInput } from '../input.js';
import { fileEvidence, pass, type Rule, review, type Verdict } from '../rule.js';

/** README size from which it is taken as a user guide (a title and a line are not one). */
const GUIDE_README_BYTES = 1024;

function userGuide(i: BaselineInput): Verdict {
  const doc = i.insights()?.project?.documentation;
  if (doc?.['quickstart-guide'])
    return pass(
      'a quickstart guide is declared',
      i.insightsEvidence(['project', 'documentation', 'quickstart-guide']),
    );
  if (doc?.['detailed-guide'])
    return pass(
      'a user guide is declared',
      i.insightsEvidence(['project', 'documentation', 'detailed-guide']),
    );
  const d = i.docs();
  if (d.docsFolder.length > 0)
    return pass(
      `${d.docsFolder.length} document(s) in the docs folder`,
      ...filesEvidence(d.docsFolder.slice(0, 3)),
    );
  const size = d.readme === undefined ? 0 : Buffer.byteLength(i.text(d.readme) ?? '');
  if (d.readme && size >= GUIDE_README_BYTES)
    return pass(`the README (${size} bytes) documents the project`, fileEvidence(d.readme));
  return review(
    d.readme
      ? `the README is short (${size} bytes) and there is no docs folder; check that basic use is documented`
      : 'no README, docs folder or declared guide found',
    ...(d.readme ? [fileEvidence(d.readme)] : []),
  );
}

function defects(i: BaselineInput): Verdict {
  const d = i.docs();
  if (d.issueTemplates.length > 0)
    return pass('issue templates guide defect reports', ...filesEvidence(d.issueTemplates.slice(0, 3)));
  const h = findHeading(
    i,
    [d.contributing, d.support, d.readme],
    ['bug', 'issue', 'defect', 'report a problem', 'reporting'],
  );
  if (h) return pass('the documentation has a section on reporting problems', h);
  return review('no issue templates and no section on reporting bugs in CONTRIBUTING, SUPPORT or the README');
}

function signatureDocs(i: BaselineInput, what: string): Verdict {
  if (i.insights()?.project?.documentation?.['signature-verification']) {
    return pass(
      `${what} is documented`,
      i.insightsEvidence(['project', 'documentation', 'signature-verification']),
    );
  }
  const h = findHeading(
    i,
    [i.docs().readme, ...i.docs().docsFolder.slice(0, 50)],
    ['verif', 'signature', 'provenance'],
  );
  if (h) return review(`check that this section explains how ${what.toLowerCase()} works`, h);
  return review(
    `no documentation on ${what.toLowerCase()} found (security-insights.yml project.documentation.signature-verification)`,
  );
}

function supportPolicy(i: BaselineInput, subject: string): Verdict {
  if (i.insights()?.project?.documentation?.['support-policy']) {
    return pass(
      'a support policy is declared',
      i.insightsEvidence(['project', 'documentation', 'support-policy']),
    );
  }
  const policy = i.raw.securityPolicy().files[0]?.path;
  const h = findHeading(
    i,
    [policy, i.docs().support],
    ['supported version', 'support policy', 'version support', 'end of life', 'end-of-life', 'lifecycle'],
  );
  if (h) return pass('the documentation has a section on supported versions', h);
  return review(
    `no statement on ${subject} found (a "Supported Versions" section in SECURITY.md, or security-insights.yml project.documentation.support-policy)`,
  );
}

function buildDocs(i: BaselineInput): Verdict {
  const d = i.docs();
  const named = i.raw.files.paths.filter((p) =>
    ['BUILDING.md', 'BUILD.md', 'INSTALL.md', 'DEVELOPERS.md', 'DEVELOPMENT.md', 'HACKING.md'].includes(p),
  );
  const h = findHeading(
    i,
    [...named, d.contributing, d.readme],
    ['build', 'compil', 'from source', 'development', 'developing'],
  );
  if (h) return pass('the documentation has a section on building', h);
  if (named.length > 0) return pass('a build/development guide exists', ...filesEvidence(named));
  return review(
    'no section on building from source in the README, CONTRIBUTING or a BUILDING/DEVELOPERS guide',
  );
}

/** OSPS-DO: documentation. */
export const DO_RULES: readonly Rule[] = [
  {
    id: 'OSPS-DO-01.01',
    level: 1,
    title: 'User guides cover the basic functionality',
    how: 'security-insights.yml quickstart/detailed guide; a docs/ folder; a README of at least 1 KB.',
    evaluate: userGuide,
  },
  {
    id: 'OSPS-DO-02.01',
    level: 1,
    title: 'The documentation explains how to report defects',
    how: 'files: issue templates; a bug/issue section in CONTRIBUTING, SUPPORT or the README.',
    evaluate: defects,
  },
  {
    id: 'OSPS-DO-03.01',
    level: 3,
    title: 'The documentation explains how to verify release integrity and authenticity',
    how: 'security-insights.yml project.documentation.signature-verification; a verification section is listed for review.',
    evaluate: (i) => signatureDocs(i, 'Verifying release assets'),
  },
  {
    id: 'OSPS-DO-03.02',
    level: 3,
    title: 'The documentation explains how to verify who produced a release',
    how: 'security-insights.yml project.documentation.signature-verification; a verification section is listed for review.',
    evaluate: (i) => signatureDocs(i, 'Verifying the release author'),
  },
  {
    id: 'OSPS-DO-04.01',
    level: 3,
    title: 'The documentation states the scope and duration of support per release',
    how: 'security-insights.yml support-policy; a "Supported Versions" (or end-of-life) section in SECURITY.md or SUPPORT.',
    evaluate: (i) => supportPolicy(i, 'support scope and duration'),
  },
  {
    id: 'OSPS-DO-05.01',
    level: 3,
    title: 'The documentation states when releases stop getting security updates',
    how: 'security-insights.yml support-policy; a "Supported Versions" (or end-of-life) section in SECURITY.md or SUPPORT.',
    evaluate: (i) => supportPolicy(i, 'the end of security updates'),
  },
  {
    id: 'OSPS-DO-06.01',
    level: 2,
    title: 'The documentation says how dependencies are chosen, obtained and tracked',
    how: 'security-insights.yml repository.documentation.dependency-management-policy; a dependencies section is listed for review.',
    evaluate: (i) => {
      if (i.insights()?.repository?.documentation?.['dependency-management-policy']) {
        return pass(
          'a dependency management policy is declared',
          i.insightsEvidence(['repository', 'documentation', 'dependency-management-policy']),
        );
      }
      const d = i.docs();
      const h = findHeading(i, [d.contributing, d.readme, d.governance], ['dependenc']);
      return h
        ? review('check that this section says how dependencies are selected and tracked', h)
        : review('no dependency management policy found or declared');
    },
  },
  {
    id: 'OSPS-DO-07.01',
    level: 2,
    title: 'The documentation explains how to build from source, with what it needs',
    how: 'files: a build/development section in the README or CONTRIBUTING, or a BUILDING/DEVELOPERS/INSTALL/HACKING guide.',
    evaluate: buildDocs,
  },
];
