import { REPORT_FIGURES } from '@ogi/report-schema';
import { FIGURE_COLUMNS, figureProperty } from './report-figures';

describe('report_figures columns', () => {
  it('are the schema figures in their order, each in the column named by its id', () => {
    expect(FIGURE_COLUMNS.map((column) => column.column)).toEqual(
      REPORT_FIGURES.map((figure) => figure.id),
    );
  });

  it('are camelCase properties on the entity', () => {
    expect(figureProperty('new_received_total')).toBe('newReceivedTotal');
    expect(figureProperty('reason_withheld_three_securities_one_stability')).toBe(
      'reasonWithheldThreeSecuritiesOneStability',
    );
  });
});
