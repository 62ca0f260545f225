import { REGION_LEVELS, isRegionLevel, type RegionLevel } from '@ogi/report-schema';
import { badRequest, bodyObject, Problems } from '../params/problems';
import { CODE_PATTERN } from './region-rules';

export interface NewRegionInput {
  name: string;
  level: RegionLevel;
  parentId: number | null;
  code: string | null;
}

export interface RegionChanges {
  name?: string;
  code?: string | null;
  parentId?: number | null;
}

export const DIVISION_DEPTHS = ['city', 'district', 'street'] as const;
export type DivisionDepth = (typeof DIVISION_DEPTHS)[number];

const NAME_MAX = 100;

function code(problems: Problems, raw: Record<string, unknown>): string | null | undefined {
  const value = raw['code'];
  if (value === undefined || value === null) return value;
  if (typeof value !== 'string' || !CODE_PATTERN.test(value.trim())) {
    problems.list.push(
      `code must be a division code of 2 to 12 digits or null (got ${JSON.stringify(value)})`,
    );
    return undefined;
  }
  return value.trim();
}

/** The body of POST /api/regions. */
export function parseNewRegion(body: unknown): NewRegionInput {
  const raw = bodyObject(body);
  const problems = new Problems();
  problems.unknown(raw, ['name', 'level', 'parentId', 'code']);
  const name = problems.required(problems.text(raw, 'name', NAME_MAX), 'name');
  const level = problems.required(problems.choice(raw, 'level', REGION_LEVELS), 'level');
  const parentId = problems.id(raw, 'parentId', true);
  const parsedCode = code(problems, raw);
  problems.throwIfAny();
  // Already refused above when missing or unknown; the guard keeps the type honest.
  if (!isRegionLevel(level)) throw badRequest(['level is required']);
  return {
    name: name as string,
    level,
    parentId: parentId ?? null,
    code: parsedCode ?? null,
  };
}

/** The body of PATCH /api/regions/:id: only the fields given change. */
export function parseRegionChanges(body: unknown): RegionChanges {
  const raw = bodyObject(body);
  const problems = new Problems();
  problems.unknown(raw, ['name', 'code', 'parentId']);
  const changes: RegionChanges = {
    name: problems.text(raw, 'name', NAME_MAX),
    code: code(problems, raw),
    parentId: problems.id(raw, 'parentId', true),
  };
  problems.throwIfAny();
  return Object.fromEntries(
    Object.entries(changes).filter(([, value]) => value !== undefined),
  ) as RegionChanges;
}

/** The body of POST /api/regions/divisions. */
export function parseDivisionRequest(body: unknown): {
  provinceCode?: string;
  depth: DivisionDepth;
} {
  const raw = bodyObject(body ?? {});
  const problems = new Problems();
  problems.unknown(raw, ['provinceCode', 'depth']);
  const provinceCode = problems.text(raw, 'provinceCode', 2);
  if (provinceCode !== undefined && !/^\d{2}$/.test(provinceCode))
    problems.list.push(`provinceCode must be two digits, e.g. 11 (got "${provinceCode}")`);
  const depth = problems.choice(raw, 'depth', DIVISION_DEPTHS) ?? 'district';
  problems.throwIfAny();
  return { provinceCode, depth };
}
