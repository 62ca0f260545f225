import {
  FIELD_CATALOGUE,
  FORMAT_VERSIONS,
  ID_MAX,
  MAX_REPORT_YEAR,
  MIN_REPORT_YEAR,
} from '@ogi/report-schema';
import { bodyField } from './body-fields';
import { declareBody, type BodyOf, type BodyWording } from './declare-body';

/** Edits change nothing when refused, and say so. */
const editWording: BodyWording = { unknown: 'field', conclusion: 'nothing was changed' };

/** Statuses a correction may give a cell: a number, or printed empty or as a dash. */
export const CORRECTED_STATUSES = ['number', 'blank', 'dash'] as const;
export type CorrectedStatus = (typeof CORRECTED_STATUSES)[number];

const givenText = bodyField.text({ onNull: 'absent' });

/**
 * POST /api/reports/:id/corrections. Whether the key and value fit the report is checked
 * against the report itself (CorrectionsService).
 */
export const correctionBody = declareBody(
  {
    key: { ...givenText, required: true, example: 'applications.new_received.natural_person' },
    value: bodyField.number({
      required: 'a number, or null for an empty cell',
      onNull: 'value',
      description: 'Non-negative (only 2019 本年增/减 cells may be negative); whole for counts',
    }),
    status: bodyField.choice(CORRECTED_STATUSES, {
      description: 'Default: number for a value, blank for null',
    }),
    reason: { ...givenText, required: true, description: 'Why (required)' },
    user: { ...givenText, description: 'Ignored: the logged-in account is recorded' },
  },
  editWording,
  ({ value, status: given, ...rest }, { problem }) => {
    const number = value ?? null;
    const status: CorrectedStatus = given ?? (number === null ? 'blank' : 'number');
    if (status === 'number' && value === null) problem('status number needs a numeric value');
    if (status !== 'number' && number !== null) {
      problem(`a ${status} cell has no value: send value null`);
    }
    return { ...rest, value: number, status };
  },
);
export type CorrectionInput = BodyOf<typeof correctionBody>;

/** The office a report is given: an existing one, or one matched (or created) by name. */
const OFFICE_TARGET = {
  officeId: bodyField.int(1, ID_MAX, { onNull: 'absent', description: 'An existing office' }),
  officeName: {
    ...givenText,
    description:
      'An office name, matched like uploads (aliases, within regionId); created when new',
  },
  regionId: bodyField.int(1, ID_MAX, {
    onNull: 'absent',
    description: 'Match and create officeName within this region',
  }),
} as const;

/** POST /api/reports/:id/resolve. */
export const resolveBody = declareBody(
  {
    ...OFFICE_TARGET,
    officeName: {
      ...OFFICE_TARGET.officeName,
      description: `${OFFICE_TARGET.officeName.description}. Default: the name the report states`,
    },
    year: bodyField.int(MIN_REPORT_YEAR, MAX_REPORT_YEAR, {
      onNull: 'absent',
      description: 'Default: the year the report states',
    }),
  },
  editWording,
  (input, { problem }) => {
    if (input.officeId !== undefined && input.officeName !== undefined) {
      problem('give officeId or officeName, not both');
    }
    if (input.officeId !== undefined && input.regionId !== undefined) {
      problem('regionId is for matching an office by name: not with officeId');
    }
    return input;
  },
);
export type ResolveInput = BodyOf<typeof resolveBody>;

export const DEFAULT_REPARSE_LIMIT = 200;
export const MAX_REPARSE_LIMIT = 1000;

/** POST /api/reports/reparse (no body: the first outdated reports). */
export const reparseBody = declareBody(
  {
    onlyOutdated: bodyField.flag({
      onNull: 'absent',
      description: 'Only reports read by another parser version (default true)',
    }),
    afterId: bodyField.int(0, ID_MAX, {
      onNull: 'absent',
      description: 'Continue after this report id (from nextAfterId)',
    }),
    limit: bodyField.int(1, MAX_REPARSE_LIMIT, {
      onNull: 'absent',
      description: `Reports per call, 1–${MAX_REPARSE_LIMIT}, default ${DEFAULT_REPARSE_LIMIT}`,
    }),
  },
  editWording,
  (input) => ({
    onlyOutdated: input.onlyOutdated ?? true,
    afterId: input.afterId ?? 0,
    limit: input.limit ?? DEFAULT_REPARSE_LIMIT,
  }),
);
export type ReparseInput = BodyOf<typeof reparseBody>;

/**
 * POST /api/reports/manual. Whether each key is a cell of the format, and each value fits it, is
 * checked against report-schema's catalogue (ManualEntryService), so the 400 names the cell.
 */
export const manualEntryBody = declareBody(
  {
    ...OFFICE_TARGET,
    year: bodyField.int(MIN_REPORT_YEAR, MAX_REPORT_YEAR, { required: true }),
    format: bodyField.choice(FORMAT_VERSIONS, {
      required: true,
      description: 'The format of the three tables as entered',
    }),
    values: bodyField.cellValues(FIELD_CATALOGUE.length, {
      required: true,
      description:
        'Canonical key (`cli fields`) → value in the key’s unit; null: left empty; "-": printed as a dash. Keys not given are not printed; derived cells are computed, not accepted',
    }),
    sourceFileId: bodyField.id({
      onNull: 'absent',
      description:
        'The stored original the values were read from (a failed, processing or stored upload): the report is tied to it',
    }),
  },
  editWording,
  (input, { problem }) => {
    if ((input.officeId === undefined) === (input.officeName === undefined)) {
      problem('give officeId or officeName (one of them)');
    }
    if (input.officeId !== undefined && input.regionId !== undefined) {
      problem('regionId is for matching an office by name: not with officeId');
    }
    return input;
  },
);
export type ManualEntryInput = BodyOf<typeof manualEntryBody>;
