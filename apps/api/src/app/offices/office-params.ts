import { OFFICE_KINDS, type StoredOfficeKind } from '@ogi/api-data-access';
import { bodyObject, paging, Problems, ID_MAX, type Raw } from '../params/problems';

export interface OfficeListQuery {
  regionId?: number;
  kind?: StoredOfficeKind;
  q?: string;
  offset: number;
  limit: number;
}

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

const NAME_MAX = 100;
export const MAX_LIMIT = 500;
const DEFAULT_LIMIT = 50;

/** The query of GET /api/offices (and the paging of GET /api/offices/merges). */
export function parseOfficeListQuery(query: Raw): OfficeListQuery {
  const problems = new Problems();
  problems.unknown(query, ['regionId', 'kind', 'q', 'offset', 'limit']);
  const q = problems.single(query, 'q');
  if (q !== undefined && q.length > NAME_MAX)
    problems.list.push(`q must be at most ${NAME_MAX} characters`);
  const result: OfficeListQuery = {
    regionId: problems.integer(query, 'regionId', 1, ID_MAX),
    kind: problems.choice(query, 'kind', OFFICE_KINDS),
    q,
    ...paging(problems, query, DEFAULT_LIMIT, MAX_LIMIT),
  };
  problems.throwIfAny();
  return result;
}

export function parsePagingQuery(query: Raw): { offset: number; limit: number } {
  const problems = new Problems();
  problems.unknown(query, ['offset', 'limit']);
  const result = paging(problems, query, DEFAULT_LIMIT, MAX_LIMIT);
  problems.throwIfAny();
  return result;
}

/** The body of POST /api/offices. */
export function parseNewOffice(body: unknown): NewOfficeInput {
  const raw = bodyObject(body);
  const problems = new Problems();
  problems.unknown(raw, ['name', 'kind', 'regionId', 'aliases']);
  const name = problems.required(problems.text(raw, 'name', NAME_MAX), 'name');
  const input = {
    name: name as string,
    kind: problems.choice(raw, 'kind', OFFICE_KINDS),
    regionId: problems.id(raw, 'regionId', true) ?? null,
    aliases: problems.texts(raw, 'aliases', NAME_MAX),
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
    name: problems.text(raw, 'name', NAME_MAX),
    kind: problems.choice(raw, 'kind', OFFICE_KINDS),
    regionId: problems.id(raw, 'regionId', true),
    addAliases: problems.texts(raw, 'addAliases', NAME_MAX),
    removeAliases: problems.texts(raw, 'removeAliases', NAME_MAX),
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
