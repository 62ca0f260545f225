import {
  APPLICANT_COLUMN_IDS,
  applicationKey,
  outcomeLeafRows,
  printedApplicationRows,
} from '@ogi/report-schema';
import type { PrintedCell } from './model';
import { planTab8 } from './tab8-plan';

type Figures = Record<string, Partial<Record<string, number>>>;

/** A consistent 2021 表三: given rows' applicant figures, totals and 结转 computed (all handled). */
function consistentReport(
  _versions: unknown,
  figures: { applications?: Figures } = {},
): Record<string, number> {
  const given = figures.applications ?? {};
  const values: Record<string, number> = {};
  const parts = APPLICANT_COLUMN_IDS.filter((column) => column !== 'total');
  const leaves = outcomeLeafRows('2021').map((row) => row.id);
  for (const row of printedApplicationRows('2021'))
    for (const column of parts)
      values[applicationKey(row.id, column)] = given[row.id]?.[column] ?? 0;
  for (const column of parts) {
    const handled = leaves.reduce((sum, id) => sum + values[applicationKey(id, column)], 0);
    values[applicationKey('outcome_total', column)] = handled;
    values[applicationKey('carried_forward', column)] =
      values[applicationKey('new_received', column)] +
      values[applicationKey('carried_over', column)] -
      handled;
  }
  for (const row of printedApplicationRows('2021'))
    values[applicationKey(row.id, 'total')] = parts.reduce(
      (sum, column) => sum + values[applicationKey(row.id, column)],
      0,
    );
  return values;
}

function printed(values: Record<string, number>): Record<string, PrintedCell> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      key,
      { text: String(value), value, status: 'number' as const },
    ]),
  );
}

describe('planTab8', () => {
  it('carries an all-zero table (the sample) and drops 总计 / 其他 as the grid does', () => {
    const dropped = planTab8(
      printed(consistentReport({ active: '2021', applications: '2021' })),
      '2021',
    );
    expect(dropped).toContain('applications.new_received.total');
    expect(dropped).toContain('applications.withheld.state_secret.other_org');
    expect(dropped).not.toContain('applications.new_received.other_org');
  });

  it('refuses values the rules cannot realign (other_org in a sub-item row)', () => {
    const values = consistentReport(
      { active: '2021', applications: '2021' },
      {
        applications: {
          new_received: { natural_person: 3, other_org: 1 },
          'withheld.process_info': { other_org: 1 },
          granted: { natural_person: 3 },
        },
      },
    );
    expect(planTab8(printed(values), '2021')).toBeNull();
  });

  it('carries natural-person figures', () => {
    const values = consistentReport(
      { active: '2021', applications: '2021' },
      {
        applications: {
          new_received: { natural_person: 5, commercial_enterprise: 2 },
          granted: { natural_person: 4 },
          'unable.not_held': { natural_person: 1, commercial_enterprise: 2 },
        },
      },
    );
    expect(planTab8(printed(values), '2021')).not.toBeNull();
  });
});
