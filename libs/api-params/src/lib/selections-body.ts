import { bodyField } from './body-fields';
import { declareBody, type BodyOf } from './declare-body';

/** Most ids one selection may hold (offices and regions together). */
export const MAX_SELECTION_ITEMS = 100_000;

/** POST /api/selections: at least one id; each list de-duplicated and sorted (the id hashes them). */
export const selectionBody = declareBody(
  {
    officeIds: bodyField.idList(MAX_SELECTION_ITEMS, {
      description: 'Office ids (each must exist)',
    }),
    regionIds: bodyField.idList(MAX_SELECTION_ITEMS, {
      description: 'Region ids, each with its whole subtree (each must exist)',
    }),
  },
  {},
  (lists, { failed, problem }) => {
    const officeIds = sortedIds(lists.officeIds);
    const regionIds = sortedIds(lists.regionIds);
    const count = officeIds.length + regionIds.length;
    if (!failed && count === 0) problem('send at least one id in officeIds or regionIds');
    if (count > MAX_SELECTION_ITEMS) {
      problem(`a selection holds at most ${MAX_SELECTION_ITEMS} ids (got ${count})`);
    }
    return { officeIds, regionIds };
  },
);
export type SelectionLists = BodyOf<typeof selectionBody>;

const sortedIds = (ids: readonly number[] = []) => [...ids].sort((a, b) => a - b);
