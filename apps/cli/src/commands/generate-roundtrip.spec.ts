import { closeExtractors } from '@ogi/report-extract';
import { generateReports, LAYOUTS } from '@ogi/report-generator';
import {
  addToStats,
  formatStats,
  roundTrip,
  type LayoutStats,
  type RoundTripResult,
} from './generate-roundtrip';

const REPORTS = 2100;
const SEED = 'ci-roundtrip-2025';

afterAll(() => closeExtractors());

describe('generated reports round-trip through extract + parse', () => {
  it(`reads ${REPORTS} generated reports (all layouts and quirks, seed ${SEED}) exactly`, async () => {
    const started = Date.now();
    const checked = new Map<string, LayoutStats>();
    const failures: RoundTripResult[] = [];
    const layoutsSeen = new Set<string>();
    for (const generated of generateReports({
      seed: SEED,
      count: REPORTS,
      layouts: LAYOUTS,
      breakRules: ['T3-1', 'T3-2', 'T3-3', 'T3-5', 'T4-1', 'T2-5'],
      breakShare: 0.05,
      gb18030Share: 0.3,
    })) {
      layoutsSeen.add(generated.model.layout);
      const result = await roundTrip(generated);
      addToStats(checked, result);
      const ok =
        result.officeOk && result.yearOk && result.wrong.length === 0 && result.error === null;
      if (!ok) failures.push(result);
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `round trip ${REPORTS} reports in ${seconds.toFixed(1)} s\n${formatStats(checked)}`,
    );
    expect([...layoutsSeen].sort()).toEqual([...LAYOUTS].sort());
    expect(
      failures.slice(0, 5).map((failure) => ({
        id: failure.id,
        layout: failure.layout,
        variant: failure.variant,
        quirks: failure.quirks,
        office: [failure.expectedOffice, failure.gotOffice],
        year: [failure.expectedYear, failure.gotYear],
        wrong: failure.wrong.slice(0, 5),
        error: failure.error,
      })),
    ).toEqual([]);
    expect([...checked.values()].reduce((sum, stats) => sum + stats.reports, 0)).toBe(REPORTS);
  }, 180_000);
});
