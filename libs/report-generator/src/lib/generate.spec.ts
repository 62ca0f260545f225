import { applicationKey, APPLICANT_COLUMN_IDS, type RuleId } from '@ogi/report-schema';
import { generateReports, type GeneratedReport } from './generate';
import { LAYOUTS } from './model';
import { renderReport } from './render/render-report';

const take = (options: Parameters<typeof generateReports>[0]): GeneratedReport[] => [
  ...generateReports(options),
];

describe('generateReports', () => {
  it('is deterministic for a seed', () => {
    const a = take({ seed: 'x', count: 20 }).map((report) => renderReport(report.model).content);
    const b = take({ seed: 'x', count: 20 }).map((report) => renderReport(report.model).content);
    expect(b).toEqual(a);
  });

  it('yields every office year by year, 2019–2025, with the formats of the years', () => {
    const reports = take({ seed: 'years', count: 70, lagShare: 0 });
    expect(reports.slice(0, 7).map((report) => report.model.year)).toEqual([
      2019, 2020, 2021, 2022, 2023, 2024, 2025,
    ]);
    for (const { model } of reports) {
      const expected = model.year <= 2020 ? '2019' : '2021';
      expect(model.versions).toEqual({ active: expected, applications: expected });
    }
  });

  it('keeps every rule when none is broken, and carries 结转 over year to year', () => {
    const reports = take({ seed: 'rules', count: 350, verifyRules: true });
    for (const { truth } of reports) expect(truth.broken_rules).toEqual([]);
    for (let index = 1; index < reports.length; index += 1) {
      const [before, now] = [reports[index - 1], reports[index]];
      if (before.model.office.id !== now.model.office.id) continue;
      for (const column of APPLICANT_COLUMN_IDS) {
        const forward = before.model.cells[applicationKey('carried_forward', column)];
        const over = now.model.cells[applicationKey('carried_over', column)];
        if (forward.status === 'not_printed' || over.status === 'not_printed') continue;
        expect(over.value ?? 0).toBe(forward.value ?? 0);
      }
    }
  });

  it('breaks the chosen rules in about the chosen share and records them', () => {
    const rules: RuleId[] = ['T3-1', 'T4-1'];
    const reports = take({ seed: 'break', count: 600, breakRules: rules, breakShare: 0.2 });
    const broken = reports.filter((report) => report.truth.broken_rules.length > 0);
    expect(broken.length).toBeGreaterThan(70);
    expect(broken.length).toBeLessThan(170);
    for (const report of broken)
      for (const rule of report.truth.broken_rules) expect(rules).toContain(rule);
  });

  it('lags some offices on the 2019 format after 2020, sometimes per table', () => {
    const reports = take({ seed: 'lag', count: 1500, lagShare: 0.3, mixedShare: 0.5 });
    const late = reports.filter((report) => report.model.year > 2020);
    expect(
      late.some(
        (report) =>
          report.model.versions.active === '2019' && report.model.versions.applications === '2019',
      ),
    ).toBe(true);
    expect(
      late.some((report) => report.model.versions.active !== report.model.versions.applications),
    ).toBe(true);
  });

  it('renders every layout and records truth with null for blank, dash and uncarried cells', () => {
    const reports = take({ seed: 'layouts', count: 250 });
    expect(new Set(reports.map((report) => report.model.layout))).toEqual(new Set(LAYOUTS));
    for (const { model, truth } of reports) {
      const rendered = renderReport(model);
      expect(rendered.content.length).toBeGreaterThan(1000);
      for (const [key, cell] of Object.entries(model.cells)) {
        expect(truth.values[key]).toBe(cell.status === 'number' ? cell.value : null);
      }
      if (model.text.title === 'none') expect(truth.office).toBeNull();
    }
  });

  it('streams without keeping reports (a large count is lazy)', () => {
    const iterator = generateReports({ seed: 'lazy', count: 300_000 });
    expect(iterator.next().done).toBe(false);
  });
});
