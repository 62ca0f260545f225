import { OFFICE_KINDS, type StoredOfficeKind } from '@ogi/api-data-access';
import { OFFICE_NAME_MAX } from '@ogi/api-params';
import { bodyObject, Problems } from '../params/problems';

export interface NewOfficeInput {
  name: string;
  kind?: StoredOfficeKind;
  regionId: number | null;
  aliases?: string[];
}

export interface OfficeChanges {
  name?: string;
  kind?: StoredOfficeKind;
  regionId?: number | null;
  addAliases?: string[];
  removeAliases?: string[];
}

/** The body of POST /api/offices. */
export function parseNewOffice(body: unknown): NewOfficeInput {
  const raw = bodyObject(body);
  const problems = new Problems();
  problems.unknown(raw, ['name', 'kind', 'regionId', 'aliases']);
  const name = problems.required(problems.text(raw, 'name', OFFICE_NAME_MAX), 'name');
  const input = {
    name: name as string,
    kind: problems.choice(raw, 'kind', OFFICE_KINDS),
    regionId: problems.id(raw, 'regionId', true) ?? null,
    aliases: problems.texts(raw, 'aliases', OFFICE_NAME_MAX),
  };
  problems.throwIfAny();
  return input;
}

/** The body of PATCH /api/offices/:id: only the fields given change. */
export function parseOfficeChanges(body: unknown): OfficeChanges {
  const raw = bodyObject(body);
  const problems = new Problems();
  problems.unknown(raw, ['name', 'kind', 'regionId', 'addAliases', 'removeAliases']);
  const changes: OfficeChanges = {
    name: problems.text(raw, 'name', OFFICE_NAME_MAX),
    kind: problems.choice(raw, 'kind', OFFICE_KINDS),
    regionId: problems.id(raw, 'regionId', true),
    addAliases: problems.texts(raw, 'addAliases', OFFICE_NAME_MAX),
    removeAliases: problems.texts(raw, 'removeAliases', OFFICE_NAME_MAX),
  };
  problems.throwIfAny();
  return Object.fromEntries(
    Object.entries(changes).filter(([, value]) => value !== undefined),
  ) as OfficeChanges;
}

/** The body of POST /api/offices/merge. */
export function parseMergeRequest(body: unknown): { sourceId: number; targetId: number } {
  const raw = bodyObject(body);
  const problems = new Problems();
  problems.unknown(raw, ['sourceId', 'targetId']);
  const sourceId = problems.required(problems.id(raw, 'sourceId'), 'sourceId');
  const targetId = problems.required(problems.id(raw, 'targetId'), 'targetId');
  if (sourceId && sourceId === targetId) problems.list.push('sourceId and targetId must differ');
  problems.throwIfAny();
  return { sourceId: sourceId as number, targetId: targetId as number };
}
