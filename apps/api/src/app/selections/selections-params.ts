import { BadRequestException } from '@nestjs/common';
import { bodyObject, ID_MAX, Problems } from '../params/problems';
import { SELECTION_ID_PATTERN } from '@ogi/api-params';
import { canonicalIds } from './selection-id';

/** Most ids one selection may hold (offices and regions together). */
export const MAX_SELECTION_ITEMS = 100_000;

export interface SelectionLists {
  officeIds: number[];
  regionIds: number[];
}

function idList(raw: Record<string, unknown>, name: string, problems: Problems): number[] {
  const value = raw[name];
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.list.push(`${name} must be a list of positive whole numbers`);
    return [];
  }
  const bad = value.find(
    (item) => typeof item !== 'number' || !Number.isSafeInteger(item) || item < 1 || item > ID_MAX,
  );
  if (bad !== undefined) {
    problems.list.push(
      `${name} must be a list of positive whole numbers (got ${JSON.stringify(bad)})`,
    );
    return [];
  }
  return canonicalIds(value as number[]);
}

/** `POST /api/selections`: `{officeIds?, regionIds?}`, at least one id, de-duplicated and sorted. */
export function parseSelectionBody(body: unknown): SelectionLists {
  const raw = bodyObject(body);
  const problems = new Problems();
  const officeIds = idList(raw, 'officeIds', problems);
  const regionIds = idList(raw, 'regionIds', problems);
  problems.unknown(raw, ['officeIds', 'regionIds']);
  if (problems.list.length === 0 && officeIds.length + regionIds.length === 0) {
    problems.list.push('send at least one id in officeIds or regionIds');
  }
  if (officeIds.length + regionIds.length > MAX_SELECTION_ITEMS) {
    problems.list.push(
      `a selection holds at most ${MAX_SELECTION_ITEMS} ids (got ${officeIds.length + regionIds.length})`,
    );
  }
  problems.throwIfAny();
  return { officeIds, regionIds };
}

/** A selection id from the path or a query (400 when it cannot be one). */
export function parseSelectionId(value: string): string {
  if (!SELECTION_ID_PATTERN.test(value)) {
    throw new BadRequestException(
      `selection must be an id from POST /api/selections (22 letters, digits, - or _; got "${value.slice(0, 40)}")`,
    );
  }
  return value;
}
