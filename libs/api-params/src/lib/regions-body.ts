import { REGION_LEVELS } from '@ogi/report-schema';
import { bodyField } from './body-fields';
import { declareBody, type BodyOf } from './declare-body';

/** Division codes: 2 (province) to 12 digits (region bodies and region imports). */
export const REGION_CODE_PATTERN = /^\d{2,12}$/;
const REGION_NAME_MAX = 100;

const regionName = bodyField.text({ maxLength: REGION_NAME_MAX });
const regionParent = bodyField.id({ onNull: 'value' });
const regionCode = bodyField.text({
  pattern: REGION_CODE_PATTERN,
  onNull: 'value',
  invalid: (value) =>
    `code must be a division code of 2 to 12 digits or null (got ${JSON.stringify(value)})`,
});

/** POST /api/regions. */
export const newRegionBody = declareBody(
  {
    name: { ...regionName, required: true },
    level: bodyField.choice(REGION_LEVELS, { required: true }),
    parentId: regionParent,
    code: regionCode,
  },
  {},
  ({ parentId, code, ...rest }) => ({ ...rest, parentId: parentId ?? null, code: code ?? null }),
);
export type NewRegionInput = BodyOf<typeof newRegionBody>;

/** PATCH /api/regions/:id: only the fields given change. */
export const regionChangesBody = declareBody({
  name: regionName,
  code: { ...regionCode, description: 'null clears the code' },
  parentId: { ...regionParent, description: 'Move under this region; null: to the top' },
});
export type RegionChanges = BodyOf<typeof regionChangesBody>;

export const DIVISION_DEPTHS = ['city', 'district', 'street'] as const;
export type DivisionDepth = (typeof DIVISION_DEPTHS)[number];

/** POST /api/regions/divisions (no body: every province, to districts). */
export const divisionLoadBody = declareBody(
  {
    provinceCode: bodyField.text({
      maxLength: 2,
      pattern: /^\d{2}$/,
      mismatch: (value: string) => `provinceCode must be two digits, e.g. 11 (got "${value}")`,
      example: '11',
      description: 'One province (default: all)',
    }),
    depth: bodyField.choice(DIVISION_DEPTHS, { description: 'Default: district' }),
  },
  {},
  ({ provinceCode, depth }) => ({ provinceCode, depth: depth ?? 'district' }),
);
