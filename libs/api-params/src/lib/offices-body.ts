import { OFFICE_KINDS } from '@ogi/report-schema';
import { bodyField } from './body-fields';
import { declareBody, type BodyOf } from './declare-body';
import { OFFICE_NAME_MAX } from './offices-query';

const officeKind = bodyField.choice(OFFICE_KINDS, {});
const officeRegion = bodyField.id({ onNull: 'value' });
const officeNames = bodyField.textList({ maxLength: OFFICE_NAME_MAX });

/** POST /api/offices. */
export const newOfficeBody = declareBody(
  {
    name: bodyField.text({ maxLength: OFFICE_NAME_MAX, required: true }),
    kind: { ...officeKind, description: 'Default: inferred from the name' },
    regionId: officeRegion,
    aliases: {
      ...officeNames,
      description: 'Default: the usual other forms (东兴街道 ⇄ 东兴街道办事处)',
    },
  },
  {},
  ({ regionId, ...rest }) => ({ ...rest, regionId: regionId ?? null }),
);
export type NewOfficeInput = BodyOf<typeof newOfficeBody>;

/** PATCH /api/offices/:id: only the fields given change. */
export const officeChangesBody = declareBody({
  name: bodyField.text({
    maxLength: OFFICE_NAME_MAX,
    description: 'The old name becomes an alias',
  }),
  kind: officeKind,
  regionId: officeRegion,
  addAliases: officeNames,
  removeAliases: officeNames,
});
export type OfficeChanges = BodyOf<typeof officeChangesBody>;

/** POST /api/offices/merge. */
export const officeMergeBody = declareBody(
  {
    sourceId: bodyField.id({ required: true, description: 'The office that goes away' }),
    targetId: bodyField.id({
      required: true,
      description: 'The office that stays and receives reports and names',
    }),
  },
  {},
  (ids, { problem }) => {
    if (ids.sourceId !== undefined && ids.sourceId === ids.targetId) {
      problem('sourceId and targetId must differ');
    }
    return ids;
  },
);
