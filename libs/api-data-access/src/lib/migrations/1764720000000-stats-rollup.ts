import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  dropRollupTriggersSql,
  rollupBackfillSql,
  rollupTableSql,
  rollupTriggersSql,
  type RollupDialect,
  type RollupMetric,
} from '../stats/stats-rollup';

/**
 * The metrics of `stats_rollup` as first created, frozen here (id, numerator and denominator
 * columns of report_figures): a later change to STATS_METRICS needs a new migration (a spec
 * compares them).
 */
export const ROLLUP_METRICS_V1: readonly RollupMetric[] = (
  [
    ['applications_new', ['new_received_total'], null],
    ['applications_carried_over', ['carried_over_total'], null],
    ['applications_handled', ['handled_total'], null],
    ['applications_carried_forward', ['carried_forward_total'], null],
    ['disclosure_rate', ['granted_total', 'partially_granted_total'], ['handled_total']],
    [
      'carried_forward_share',
      ['carried_forward_total'],
      ['new_received_total', 'carried_over_total'],
    ],
    ['outcome_granted', ['granted_total'], null],
    ['outcome_partially_granted', ['partially_granted_total'], null],
    ['outcome_withheld', ['withheld_total'], null],
    ['outcome_unable', ['unable_total'], null],
    ['outcome_not_processed', ['not_processed_total'], null],
    ['outcome_other_handling', ['other_handling_total'], null],
    ['outcome_granted_share', ['granted_total'], ['handled_total']],
    ['outcome_partially_granted_share', ['partially_granted_total'], ['handled_total']],
    ['outcome_withheld_share', ['withheld_total'], ['handled_total']],
    ['outcome_unable_share', ['unable_total'], ['handled_total']],
    ['outcome_not_processed_share', ['not_processed_total'], ['handled_total']],
    ['outcome_other_handling_share', ['other_handling_total'], ['handled_total']],
    ['reason_withheld_state_secret', ['reason_withheld_state_secret'], null],
    ['reason_withheld_prohibited_by_law', ['reason_withheld_prohibited_by_law'], null],
    [
      'reason_withheld_three_securities_one_stability',
      ['reason_withheld_three_securities_one_stability'],
      null,
    ],
    ['reason_withheld_third_party_rights', ['reason_withheld_third_party_rights'], null],
    ['reason_withheld_internal_affairs', ['reason_withheld_internal_affairs'], null],
    ['reason_withheld_process_info', ['reason_withheld_process_info'], null],
    ['reason_withheld_law_enforcement_file', ['reason_withheld_law_enforcement_file'], null],
    ['reason_withheld_administrative_query', ['reason_withheld_administrative_query'], null],
    ['reason_unable_not_held', ['reason_unable_not_held'], null],
    ['reason_unable_needs_creation', ['reason_unable_needs_creation'], null],
    ['reason_unable_unclear_after_correction', ['reason_unable_unclear_after_correction'], null],
    ['reason_not_processed_petition_complaint', ['reason_not_processed_petition_complaint'], null],
    ['reason_not_processed_repeated', ['reason_not_processed_repeated'], null],
    ['reason_not_processed_publication', ['reason_not_processed_publication'], null],
    ['reason_not_processed_mass_repeated', ['reason_not_processed_mass_repeated'], null],
    ['reason_not_processed_confirm_or_reissue', ['reason_not_processed_confirm_or_reissue'], null],
    ['reason_other_handling_no_correction', ['reason_other_handling_no_correction'], null],
    ['reason_other_handling_fee_unpaid', ['reason_other_handling_fee_unpaid'], null],
    ['reason_other_handling_other', ['reason_other_handling_other'], null],
    ['applicants_natural_person', ['applicants_natural_person'], null],
    ['applicants_commercial_enterprise', ['applicants_commercial_enterprise'], null],
    ['applicants_research_institution', ['applicants_research_institution'], null],
    ['applicants_public_welfare_org', ['applicants_public_welfare_org'], null],
    ['applicants_legal_service_org', ['applicants_legal_service_org'], null],
    ['applicants_other_org', ['applicants_other_org'], null],
    ['natural_person_share', ['applicants_natural_person'], ['new_received_total']],
    ['organisation_share', ['applicants_legal_person_or_org'], ['new_received_total']],
    ['review_upheld', ['review_upheld'], null],
    ['review_corrected', ['review_corrected'], null],
    ['review_other_result', ['review_other_result'], null],
    ['review_pending', ['review_pending'], null],
    ['review_total', ['review_total'], null],
    ['litigation_direct_upheld', ['litigation_direct_upheld'], null],
    ['litigation_direct_corrected', ['litigation_direct_corrected'], null],
    ['litigation_direct_other_result', ['litigation_direct_other_result'], null],
    ['litigation_direct_pending', ['litigation_direct_pending'], null],
    ['litigation_direct_total', ['litigation_direct_total'], null],
    ['litigation_after_review_upheld', ['litigation_after_review_upheld'], null],
    ['litigation_after_review_corrected', ['litigation_after_review_corrected'], null],
    ['litigation_after_review_other_result', ['litigation_after_review_other_result'], null],
    ['litigation_after_review_pending', ['litigation_after_review_pending'], null],
    ['litigation_after_review_total', ['litigation_after_review_total'], null],
    ['litigation_upheld', ['litigation_upheld'], null],
    ['litigation_corrected', ['litigation_corrected'], null],
    ['litigation_other_result', ['litigation_other_result'], null],
    ['litigation_pending', ['litigation_pending'], null],
    ['litigation_total', ['litigation_total'], null],
    ['review_correction_rate', ['review_corrected'], ['review_closed']],
    ['litigation_correction_rate', ['litigation_corrected'], ['litigation_closed']],
    [
      'correction_rate',
      ['review_corrected', 'litigation_corrected'],
      ['review_closed', 'litigation_closed'],
    ],
    ['regulations_issued', ['regulations_issued'], null],
    ['normative_documents_issued', ['normative_documents_issued'], null],
    ['normative_documents_in_force', ['normative_documents_in_force'], null],
    ['licensing_decisions', ['licensing_decisions'], null],
    ['punishment_decisions', ['punishment_decisions'], null],
    ['coercion_decisions', ['coercion_decisions'], null],
    ['admin_fees_amount', ['admin_fees_amount'], null],
  ] as [string, string[], string[] | null][]
).map(([id, numerator, denominator]) => ({ id, numerator, denominator }));

const dialectOf = (queryRunner: QueryRunner): RollupDialect =>
  queryRunner.connection.driver.options.type === 'postgres' ? 'postgres' : 'sqlite';

/**
 * `stats_rollup`: per region subtree, year, office kind and 表三 format, the sums of every stats
 * metric over current ok reports, kept by triggers on every table they depend on; backfilled
 * from the rows already stored. Two indexes for the per-office queries that still read reports:
 * by office and year (matrix and coverage cells of one page of offices, instead of every report
 * of the years), and the scope columns by year (a ranking's year without the report rows).
 */
export class StatsRollup1764720000000 implements MigrationInterface {
  name = 'StatsRollup1764720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const dialect = dialectOf(queryRunner);
    for (const sql of rollupTableSql(dialect, ROLLUP_METRICS_V1, 1)) await queryRunner.query(sql);
    await queryRunner.query(rollupBackfillSql(ROLLUP_METRICS_V1, 1));
    for (const sql of rollupTriggersSql(dialect, ROLLUP_METRICS_V1, 1)) {
      await queryRunner.query(sql);
    }
    await queryRunner.query(
      `CREATE INDEX "IDX_reports_office_year" ON "reports" ("office_id", "year")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_reports_year_scope" ON "reports" ("year", "is_current", "status", "office_id", "format_applications")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_reports_year_scope"`);
    await queryRunner.query(`DROP INDEX "IDX_reports_office_year"`);
    for (const sql of dropRollupTriggersSql(dialectOf(queryRunner))) await queryRunner.query(sql);
    await queryRunner.query(`DROP TABLE "stats_rollup"`);
  }
}
