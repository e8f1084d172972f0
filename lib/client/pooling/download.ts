import { zip } from '../../zip';

/** Offers bytes or text as a file download. */
export function downloadFile(fileName: string, data: string | Uint8Array, type = 'text/plain'): void {
  const blob = new Blob([data as BlobPart], { type });
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

/** Every generated file in one zip, built in the browser (the secrets never travel again). */
export async function downloadZip(fileName: string, files: Readonly<Record<string, string>>): Promise<void> {
  const bytes = await zip(Object.entries(files).map(([path, data]) => ({ path, data })));
  downloadFile(fileName, bytes, 'application/zip');
}
