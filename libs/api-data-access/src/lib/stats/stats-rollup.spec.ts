import { ROLLUP_METRICS_V1 } from '../migrations/1764720000000-stats-rollup';
import { currentRollupMetrics, ROLLUP_DEPTH } from './stats-rollup';

describe('stats_rollup', () => {
  it('holds the metrics of the code as its migration created them (else: a new migration)', () => {
    expect(currentRollupMetrics()).toEqual(ROLLUP_METRICS_V1);
  });

  it('fans out over region chains as deep as the region levels', () => {
    expect(ROLLUP_DEPTH).toBeGreaterThanOrEqual(5);
  });
});
