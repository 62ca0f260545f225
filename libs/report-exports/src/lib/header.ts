/**
 * What every export states about itself: its title, the filters, how fresh its data is, when it
 * was made, the source.
 */
export interface ExportHeader {
  title: string;
  filters: { label: string; value: string }[];
  /** e.g. "2026年11月27日 09:30" (China time). */
  generatedAt: string;
  /** When the newest report within the filters was stored (China time); null: none. */
  dataAsOf: string | null;
  source: string;
}

/** "数据截至 2026年11月27日 09:30", or that the filters hold no report. */
export function dataAsOfText(header: ExportHeader): string {
  return header.dataAsOf ? `数据截至 ${header.dataAsOf}` : '筛选范围内没有报告';
}

const STAMP = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** The time of an export as a Chinese reader expects it, in China time whatever the server's zone. */
export function exportTimestamp(date: Date): string {
  const parts = Object.fromEntries(
    STAMP.formatToParts(date).map((part) => [part.type, part.value]),
  );
  return `${parts['year']}年${parts['month']}月${parts['day']}日 ${parts['hour']}:${parts['minute']}`;
}

/** A file name from a title: characters Windows refuses and spaces become _, with the day. */
export function exportFilename(title: string, date: Date, ext: string): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(date);
  return `${title.replace(/[\\/:*?"<>|\s]+/g, '_')}-${day}.${ext}`;
}
