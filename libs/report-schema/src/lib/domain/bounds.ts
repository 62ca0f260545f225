/** Largest id a request or a command may name: ids are PostgreSQL integers. */
export const ID_MAX = 2_147_483_647;

/** Years a report may be given for (the api's `year` field and filters, the CLI's --year). */
export const MIN_REPORT_YEAR = 2000;
export const MAX_REPORT_YEAR = 2100;

/** Most years, both ends counted, that one range of the filters may cover. */
export const MAX_YEAR_SPAN = 30;

/** Years in `yearFrom`–`yearTo`, both ends counted (2020–2024 is 5). */
export function yearSpan(yearFrom: number, yearTo: number): number {
  return yearTo - yearFrom + 1;
}

/** Whether the filters take this range: in order and at most MAX_YEAR_SPAN years. */
export function isYearRangeAllowed(yearFrom: number, yearTo: number): boolean {
  return yearFrom <= yearTo && yearSpan(yearFrom, yearTo) <= MAX_YEAR_SPAN;
}
