import { byFiles, filesEvidence, findHeading } from '../helpers.js';
import type { BaselineInput } from '../input.js';
import { pass, type Rule, review, type Verdict } from '../rule.js';

function assessment(i: BaselineInput): Verdict {
  const a = i.insights()?.repository?.security.assessments;
  const third = a?.['third-party']?.findIndex((x) => x.evidence !== undefined) ?? -1;
  if (third >= 0)
    return pass(
      'a third-party security assessment is published',
      i.insightsEvidence(['repository', 'security', 'assessments', 'third-party', third]),
    );
  if (a?.self.evidence)
    return pass(
      'a self-assessment is published',
      i.insightsEvidence(['repository', 'security', 'assessments', 'self', 'evidence']),
    );
  const files = [...i.docs().securityAssessment, ...i.docs().threatModel];
  if (files.length > 0) return pass('a security assessment is in the repository', ...filesEvidence(files));
  if (a)
    return review(
      `the declared self-assessment has no evidence link ("${a.self.comment.trim().slice(0, 80)}")`,
      i.insightsEvidence(['repository', 'security', 'assessments', 'self']),
    );
  return review(
    'no security assessment found (a file named *security-assessment*, *self-assessment* or *threat-model*, or security-insights.yml repository.security.assessments)',
  );
}

/** OSPS-SA: security assessment. */
export const SA_RULES: readonly Rule[] = [
  {
    id: 'OSPS-SA-01.01',
    level: 2,
    title: "Design documentation describes the system's actors and actions",
    how: 'files: documents named *architecture* or *design*.',
    evaluate: (i) =>
      byFiles(
        i.docs().design,
        'design documentation is in the repository',
        'no design or architecture document found',
      ),
  },
  {
    id: 'OSPS-SA-02.01',
    level: 2,
    title: 'The documentation describes the external software interfaces',
    how: 'files: API docs (API.md, docs/api/, OpenAPI/Swagger); a usage/API/reference section is listed for review.',
    evaluate: (i) => {
      const files = i.docs().apiDocs;
      if (files.length > 0)
        return pass('interface documentation is in the repository', ...filesEvidence(files));
      const h = findHeading(i, [i.docs().readme], ['api', 'reference', 'usage', 'command']);
      return h
        ? review('check that this section covers every external interface', h)
        : review('no interface documentation found');
    },
  },
  {
    id: 'OSPS-SA-03.01',
    level: 2,
    title: 'The project keeps a security assessment of its likeliest, worst problems',
    how: 'security-insights.yml assessments with an evidence link; files named *security-assessment*, *self-assessment* or *threat-model*.',
    evaluate: assessment,
  },
  {
    id: 'OSPS-SA-03.02',
    level: 3,
    title: 'The project keeps a threat model and attack surface analysis',
    how: 'files: documents named *threat-model*.',
    evaluate: (i) =>
      byFiles(
        i.docs().threatModel,
        'a threat model is in the repository',
        'no threat model found (a file named *threat-model*)',
      ),
  },
];
