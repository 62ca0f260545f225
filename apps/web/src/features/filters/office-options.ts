import { inRegions } from '../../data-access/regions';
import type { Office, OfficeKind, Region } from '../../data-access/types';

export interface OfficeOptionsInput {
  /** Every office loaded so far (the first page in scope, server search hits, selected ones). */
  known: Iterable<Office>;
  /** What the user typed. */
  text: string;
  selectedIds: readonly number[];
  /** Ids the server found for `text` (by name or alias). */
  serverHits: readonly number[];
  officeKinds: readonly OfficeKind[];
  regionIds: readonly number[];
  regionsById: ReadonlyMap<number, Region>;
  matches: (name: string, text: string, aliases: readonly string[]) => boolean;
}

const BY_NAME = new Intl.Collator('zh-CN');

/**
 * The options of the office select: selected offices always, others when they fit the region and
 * kind filters and match the text locally (name, pinyin, initials) or on the server; by name.
 */
export function officeOptions(input: OfficeOptionsInput) {
  const text = input.text.trim();
  const list = [...input.known].filter(
    (office) =>
      input.selectedIds.includes(office.id) ||
      ((input.officeKinds.length === 0 || input.officeKinds.includes(office.kind)) &&
        inRegions(office.regionId, input.regionIds, input.regionsById) &&
        (text === '' ||
          input.serverHits.includes(office.id) ||
          input.matches(office.name, text, office.aliases))),
  );
  list.sort((a, b) => BY_NAME.compare(a.name, b.name));
  return list.map((office) => ({
    value: office.id,
    label: office.name,
    title: office.aliases.length
      ? `${office.name}（又名 ${office.aliases.join('、')}）`
      : office.name,
  }));
}
