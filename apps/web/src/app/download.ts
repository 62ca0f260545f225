// Imports nothing: the data page saves its CSV with it without pulling in ECharts' chunk.

/**
 * Saves what a URL points at as a file through a temporary link (the browser's own download):
 * a data: or blob: URL, or an API address. An empty `fileName` keeps the name the server gives.
 */
export function download(url: string, fileName = ''): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}

/** Saves text as a file. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  download(url, fileName);
  // Revoked later: some browsers start reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
