import {
  distributionFixture,
  rankingFixture,
  seriesFixture,
  stat,
  summaryFixture,
} from '@ogi/report-charts/testing';

/** A city with one district, as GET /api/regions (and the boot answer) lists them. */
export const REGIONS = {
  items: [
    {
      id: 1,
      parentId: null,
      name: '示例市',
      level: 'city',
      path: '/1/',
      code: null,
      officeCount: 0,
      reportCount: 9,
      isDemo: true,
    },
    {
      id: 3,
      parentId: 1,
      name: '东城区',
      level: 'district',
      path: '/1/3/',
      code: null,
      officeCount: 2,
      reportCount: 9,
      isDemo: true,
    },
  ],
};

/** What the API answers for the shell and 总览, by path (without the query string). */
export const OVERVIEW_ANSWERS: Record<string, unknown> = {
  '/api/health': { status: 'ok', version: '1.2.3', uptimeSeconds: 42 },
  '/api/demo': { present: false, reports: 0, loading: false },
  '/api/stats/summary': summaryFixture(),
  '/api/stats/series': seriesFixture(),
  '/api/stats/outcomes': distributionFixture({
    outcome_granted: stat(60),
    outcome_partially_granted: stat(20),
  }),
  '/api/stats/appeals': distributionFixture({ review_upheld: stat(5) }),
  '/api/stats/ranking': rankingFixture(),
};
