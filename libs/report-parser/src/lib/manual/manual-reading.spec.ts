import { ManualEntryError, manualReading } from './manual-reading';

const NATURAL = 'applications.new_received.natural_person';
const SUB_ROWS = ['no_correction', 'fee_unpaid', 'other'].map(
  (row) => `applications.other_handling.${row}.total`,
);

describe('manualReading', () => {
  it('assigns every typed or left-out cell to manual and sums the cells the format derives', () => {
    const reading = manualReading(
      {
        format: '2021',
        values: { [NATURAL]: 4, [SUB_ROWS[0]]: 1, [SUB_ROWS[1]]: null, [SUB_ROWS[2]]: '-' },
      },
      null,
    );
    const cell = (key: string) => reading.cells.find((candidate) => candidate.key === key);
    expect(cell(NATURAL)).toMatchObject({ value: 4, status: 'number', assignedBy: 'manual' });
    expect(cell(SUB_ROWS[1])).toMatchObject({ value: null, status: 'blank', assignedBy: 'manual' });
    expect(cell(SUB_ROWS[2])).toMatchObject({ value: null, status: 'dash', assignedBy: 'manual' });
    expect(cell('appeals.review.upheld')).toMatchObject({
      status: 'not_printed',
      assignedBy: 'manual',
    });
    expect(cell('applications.other_handling.total.total')).toMatchObject({
      value: 1,
      status: 'number',
      assignedBy: 'derived',
    });
    expect(reading.formatVersion).toEqual({
      active: '2021',
      applications: '2021',
      appeals: '2021',
    });
  });

  it('checks the rules on what was typed', () => {
    const reading = manualReading(
      {
        format: '2019',
        values: {
          'applications.new_received.total': 9,
          [NATURAL]: 1,
          'applications.new_received.commercial_enterprise': 0,
          'applications.new_received.research_institution': 0,
          'applications.new_received.public_welfare_org': 0,
          'applications.new_received.legal_service_org': 0,
          'applications.new_received.other_org': 0,
        },
      },
      null,
    );
    expect(
      reading.findings.some(
        (finding) =>
          finding.code === 'rule' && finding.keys.includes('applications.new_received.total'),
      ),
    ).toBe(true);
  });

  it('refuses unknown, foreign, derived and out-of-range keys, naming each', () => {
    const attempt = () =>
      manualReading(
        {
          format: '2021',
          values: {
            'no.such.key': 1,
            'active.regulations.newly_made': 1,
            'applications.other_handling.total.total': 3,
            [NATURAL]: 0.5,
          },
        },
        null,
      );
    expect(attempt).toThrow(ManualEntryError);
    try {
      attempt();
    } catch (err) {
      expect((err as ManualEntryError).problems).toEqual([
        expect.stringMatching(/^no\.such\.key is not a canonical key/),
        expect.stringMatching(/^active\.regulations\.newly_made .* not a cell of the 2021 format/),
        expect.stringMatching(/^applications\.other_handling\.total\.total .* is derived/),
        expect.stringMatching(/^applications\.new_received\.natural_person .* whole number/),
      ]);
    }
  });
});
