import { INGEST_STATUSES, type IngestResult, type IngestStatus } from '@ogi/report-ingestion';

export type StatusCounts = Record<IngestStatus, number>;

export function countStatuses(results: readonly IngestResult[]): StatusCounts {
  const counts = Object.fromEntries(INGEST_STATUSES.map((status) => [status, 0])) as StatusCounts;
  for (const result of results) counts[result.status] += 1;
  return counts;
}

/** The table printed after an ingest: counts per status, then each file that needs attention. */
export function formatSummary(results: readonly IngestResult[], seconds: number): string {
  const counts = countStatuses(results);
  const width = Math.max(...INGEST_STATUSES.map((status) => status.length));
  const lines = [
    `${'status'.padEnd(width)}  files`,
    ...INGEST_STATUSES.map((status) => `${status.padEnd(width)}  ${counts[status]}`),
    `${'total'.padEnd(width)}  ${results.length}  (${seconds.toFixed(1)} s)`,
  ];
  const attention = results.filter(
    (result) => result.status === 'failed' || result.status === 'needs_input',
  );
  if (attention.length > 0) {
    lines.push('', 'needs attention:');
    for (const result of attention) {
      // Messages start with the file name already.
      const message = result.error?.message.replace(`${result.file}: `, '') ?? '';
      const reason = result.error ? `[${result.error.code}] ${message}` : '';
      lines.push(`  ${result.status.padEnd(width)}  ${result.file}  ${reason}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
