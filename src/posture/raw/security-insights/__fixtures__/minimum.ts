/** A minimal valid Security Insights v2 file (the spec's template-minimum.yml, with our own values). */
export const MINIMUM_SI = `header:
  schema-version: 2.0.0
  last-updated: '2025-03-01'
  last-reviewed: '2025-04-01'
  url: https://example.com/acme/widget
project:
  name: Widget
  administrators:
    - name: Ada
      primary: true
  repositories:
    - name: widget
      url: https://example.com/acme/widget
      comment: the only repository
  vulnerability-reporting:
    reports-accepted: true
    bug-bounty-available: false
repository:
  url: https://example.com/acme/widget
  status: active
  accepts-change-request: true
  accepts-automated-change-request: false
  core-team:
    - name: Ada
      primary: true
  license:
    url: https://example.com/acme/widget/LICENSE
    expression: MIT
  security:
    assessments:
      self:
        comment: not done yet
`;
