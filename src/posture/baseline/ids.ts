/**
 * The ids of the 64 active OSPS Baseline v2026.02.19 requirements, with no dependency, so that the
 * config schema can check an attestation's id without loading the evaluators. A test keeps this
 * list equal to the catalogue's.
 */
const BY_CONTROL: Record<string, string[]> = {
  'AC-01': ['01'],
  'AC-02': ['01'],
  'AC-03': ['01', '02'],
  'AC-04': ['01', '02'],
  'BR-01': ['01', '03', '04'],
  'BR-02': ['01', '02'],
  'BR-03': ['01', '02'],
  'BR-04': ['01'],
  'BR-05': ['01'],
  'BR-06': ['01'],
  'BR-07': ['01', '02'],
  'DO-01': ['01'],
  'DO-02': ['01'],
  'DO-03': ['01', '02'],
  'DO-04': ['01'],
  'DO-05': ['01'],
  'DO-06': ['01'],
  'DO-07': ['01'],
  'GV-01': ['01', '02'],
  'GV-02': ['01'],
  'GV-03': ['01', '02'],
  'GV-04': ['01'],
  'LE-01': ['01'],
  'LE-02': ['01', '02'],
  'LE-03': ['01', '02'],
  'QA-01': ['01', '02'],
  'QA-02': ['01', '02'],
  'QA-03': ['01'],
  'QA-04': ['01', '02'],
  'QA-05': ['01', '02'],
  'QA-06': ['01', '02', '03'],
  'QA-07': ['01'],
  'SA-01': ['01'],
  'SA-02': ['01'],
  'SA-03': ['01', '02'],
  'VM-01': ['01'],
  'VM-02': ['01'],
  'VM-03': ['01'],
  'VM-04': ['01', '02'],
  'VM-05': ['01', '02', '03'],
  'VM-06': ['01', '02'],
};

export const BASELINE_IDS: readonly string[] = Object.entries(BY_CONTROL).flatMap(([control, reqs]) =>
  reqs.map((r) => `OSPS-${control}.${r}`),
);
