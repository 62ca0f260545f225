import { normaliseLabel, officeKindOf } from '@ogi/report-schema';
import type { StoredOfficeKind } from '../entities/model';
import { storedName } from './stored-name';

/**
 * The form office names are matched in: NFKC (full-width letters, digits and brackets become
 * half-width), no whitespace of any kind, no quote marks; bidi controls marked as in the stored
 * name, so a name matches the office it created.
 */
export function normaliseOfficeName(name: string): string {
  return normaliseLabel(storedName(name));
}

/** The kind of office a name suggests (the schema's rule); `department` when nothing else fits. */
export function inferOfficeKind(name: string): StoredOfficeKind {
  return officeKindOf(normaliseOfficeName(name)) ?? 'department';
}

/**
 * Other names the same office is printed under, added as aliases when an office is created
 * from a report: 东兴街道办事处 ⇄ 东兴街道, 七家子镇人民政府 ⇄ 七家子镇.
 */
export function defaultAliases(name: string): string[] {
  const n = normaliseOfficeName(name);
  const aliases: string[] = [];
  let match = /^(.+街道)办事处$/.exec(n);
  if (match) aliases.push(match[1]);
  match = /^(.+街道)$/.exec(n);
  if (match && !n.endsWith('办事处')) aliases.push(`${match[1]}办事处`);
  match = /^(.+[镇乡])人民政府$/.exec(n);
  if (match) aliases.push(match[1]);
  match = /^(.+[镇乡])$/.exec(n);
  if (match) aliases.push(`${match[1]}人民政府`);
  return aliases.filter((alias) => alias !== n && alias.length >= 3);
}
