/**
 * Test content for the charts: the content loader's minimal fixture plus a charts.yaml that defines all five
 * charts over it. Tests copy it and break one thing at a time.
 */
import type { ContentFiles } from '$lib/content/build';
import { minimalFiles, SID } from '$lib/content/fixtures/minimal';

export { SID };
export const CHARTS = 'content/charts/charts.yaml';

export const chartsYaml = `licence:
  name: CC BY 4.0
  url: https://creativecommons.org/licenses/by/4.0/
  note: Reuse with credit.
articles:
  ${SID}: Test Gazette
charts:
  - id: deaths-over-time
    kind: deaths
    title: Deaths, as announced
    takeaway: The toll rose in steps.
    description: A step line of deaths.
    source_line: U.S. government announcements.
    data:
      from: 2025-09-01
      to: 2026-01-05
      reports: [t-killed]
  - id: deployments
    kind: deployments
    title: Forces
    takeaway: Each estimate on its own.
    description: Dots per estimate.
    source_line: Wire reports.
    data:
      from: 2025-08-01
      to: 2026-01-10
      panels:
        - key: ships
          records:
            - { ref: 'deployments:2025-09-20', label: 'AFP: warships' }
  - id: same-story
    kind: same-story
    title: Same story
    takeaway: Numbers differ by date.
    description: Reported against the record.
    source_line: Record and articles.
    data:
      figures: [t-killed, t-boats]
  - id: timeline
    kind: timeline
    title: Timeline
    takeaway: Events and strikes.
    description: Events on one axis.
    source_line: Wire reports.
    data:
      from: 2025-07-20
      to: 2026-01-08
      events:
        - { ref: 'events:2025-11-21', label: FAA warning }
  - id: where
    kind: where
    title: Where
    takeaway: Two regions.
    description: A map.
    source_line: Announcements.
    data:
      extent: { west: -110, east: -58, south: -2, north: 27 }
      regions:
        - { name: Caribbean, label: Caribbean Sea, lon: -74, lat: 15.5 }
        - { name: Eastern Pacific, label: Eastern Pacific, lon: -94, lat: 9 }
`;

export function chartFiles(extra: ContentFiles = {}): ContentFiles {
	return { ...minimalFiles(), [CHARTS]: chartsYaml, ...extra };
}
