import { PROBLEM_KIND_LABELS } from '@ogi/report-schema';
import type { ReportFinding } from '../../data-access/report-types';
import { failingKeys, kindCounts, reviewKeys, storedFinding } from './findings';

const finding = (code: string, severity: ReportFinding['severity']): ReportFinding => ({
  code,
  severity,
  message: code,
  table: null,
  keys: [],
  location: null,
});

describe('the findings of a report page', () => {
  it('titles a finding that is exactly one kind of problem with the kind’s name', () => {
    expect(storedFinding(finding('table_not_printed', 'warning'), 0).title).toBe(
      PROBLEM_KIND_LABELS.not_printed,
    );
    expect(storedFinding(finding('values_unrecoverable', 'error'), 0).title).toBe(
      PROBLEM_KIND_LABELS.unreadable,
    );
    expect(storedFinding(finding('unparseable_cell', 'error'), 0).title).toContain(
      PROBLEM_KIND_LABELS.unreadable,
    );
  });

  it('counts errors and warnings per kind as the review queue does, notes left out', () => {
    const findings = [
      { ...finding('rule', 'error'), ruleId: 'T3-1' },
      finding('out_of_range', 'error'),
      finding('table_not_found', 'warning'),
      finding('label_variant', 'warning'),
      finding('version_from_year', 'info'),
    ].map(storedFinding);
    expect(kindCounts(findings)).toEqual({
      rule: 1,
      unreadable: 1,
      not_printed: 1,
      needs_review: 0,
      hint: 1,
    });
  });

  it('marks cells awaiting review as such, never as failing', () => {
    const findings = [
      { ...finding('needs_review', 'warning'), keys: ['a'] },
      { ...finding('rule', 'error'), ruleId: 'T3-1', keys: ['b'] },
    ].map(storedFinding);
    expect(findings[0].title).toBe(PROBLEM_KIND_LABELS.needs_review);
    expect([...reviewKeys(findings)]).toEqual(['a']);
    expect([...failingKeys(findings)]).toEqual(['b']);
    expect(kindCounts(findings).needs_review).toBe(1);
  });
});
