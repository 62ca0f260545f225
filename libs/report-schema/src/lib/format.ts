/** The two national formats of the annual report (§0 of the format spec). */
export const FORMAT_VERSIONS = ['2019', '2021'] as const;
export type FormatVersion = (typeof FORMAT_VERSIONS)[number];

/** The three statistical tables; ids double as the top-level key prefix. */
export const TABLE_IDS = ['active', 'applications', 'appeals'] as const;
export type TableId = (typeof TABLE_IDS)[number];

export interface TableInfo {
  id: TableId;
  /** The numeral the template prints before the section heading. */
  numeral: '二' | '三' | '四';
  /** Canonical section heading (2021 template). */
  heading: string;
  headingEn: string;
}

export const TABLES: Record<TableId, TableInfo> = {
  active: {
    id: 'active',
    numeral: '二',
    heading: '主动公开政府信息情况',
    headingEn: 'Proactive disclosure',
  },
  applications: {
    id: 'applications',
    numeral: '三',
    heading: '收到和处理政府信息公开申请情况',
    headingEn: 'Applications received and handled',
  },
  appeals: {
    id: 'appeals',
    numeral: '四',
    heading: '政府信息公开行政复议、行政诉讼情况',
    headingEn: 'Administrative review and litigation',
  },
};

export function isFormatVersion(value: unknown): value is FormatVersion {
  return value === '2019' || value === '2021';
}

/** The format of each table of one report (表四 is the same in both). */
export interface TableVersions {
  active: FormatVersion;
  applications: FormatVersion;
}

/** The format a key is read in: its table's format; 表四 keys read the same in both. */
export function versionOfKey(key: string, versions: TableVersions): FormatVersion {
  const table = key.slice(0, key.indexOf('.'));
  return table === 'active' || table === 'applications' ? versions[table] : '2021';
}
