import { cellMoves, rowFrom } from './cell-moves';
import { entryLayouts, typedKeys } from './entry-values';

const layouts = entryLayouts('2021');
const order = typedKeys('2021');
const move = cellMoves(layouts, order);
const NEW = (column: string) => `applications.new_received.${column}`;
const CARRIED = (column: string) => `applications.carried_over.${column}`;

describe('moving between the cells of the 填报 form', () => {
  it('goes left and right in reading order, like Tab', () => {
    expect(move(NEW('natural_person'), 'right')).toBe(NEW('commercial_enterprise'));
    expect(move(NEW('commercial_enterprise'), 'left')).toBe(NEW('natural_person'));
  });

  it('goes up and down within the column', () => {
    expect(move(NEW('commercial_enterprise'), 'down')).toBe(CARRIED('commercial_enterprise'));
    expect(move(CARRIED('total'), 'up')).toBe(NEW('total'));
  });

  it('goes on to the next table below a table’s last row', () => {
    const lastOfApplications = order.filter((key) => key.startsWith('applications.')).at(-1);
    const down = move(lastOfApplications as string, 'down');
    expect(down?.startsWith('appeals.')).toBe(true);
  });

  it('gives the row of cells a pasted row fills, from the cell pasted into', () => {
    expect(rowFrom(layouts, order, NEW('natural_person'))).toEqual([
      NEW('natural_person'),
      NEW('commercial_enterprise'),
      NEW('research_institution'),
      NEW('public_welfare_org'),
      NEW('legal_service_org'),
      NEW('other_org'),
      NEW('total'),
    ]);
    expect(rowFrom(layouts, order, NEW('total'), 1)).toEqual([CARRIED('total')]);
  });
});
