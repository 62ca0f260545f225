/**
 * Every item of a paged list: the first page tells the total, the rest are fetched a few at a
 * time. No cap: lists the user picks from or compares must be whole.
 */
export async function allPages<P extends { items: unknown[]; total: number }>(
  fetchPage: (offset: number, limit: number) => Promise<P>,
  pageSize: number,
  parallel = 4,
): Promise<{ first: P; items: P['items'] }> {
  const first = await fetchPage(0, pageSize);
  const offsets: number[] = [];
  for (let offset = pageSize; offset < first.total; offset += pageSize) offsets.push(offset);
  const items = [...first.items];
  for (let i = 0; i < offsets.length; i += parallel) {
    const pages = await Promise.all(
      offsets.slice(i, i + parallel).map((offset) => fetchPage(offset, pageSize)),
    );
    for (const page of pages) items.push(...page.items);
  }
  return { first, items };
}
