/** Offers a blob to the person as a file download. The one place the app triggers downloads. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Offers a JSON file to the person as a download (used for "Download my copy"). */
export function downloadJson(fileName: string, value: unknown): void {
  downloadBlob(fileName, new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' }));
}

/** A file name from a diagram name: letters, digits and dashes. */
export function fileNameFor(diagramName: string, suffix: string): string {
  const base = diagramName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'diagram';
  return `${base}-${suffix}.json`;
}
