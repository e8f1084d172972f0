import { zip } from '../../zip';
import { downloadBlob } from '../download';

/** Offers bytes or text as a file download. */
export function downloadFile(fileName: string, data: string | Uint8Array, type = 'text/plain'): void {
  downloadBlob(fileName, new Blob([data as BlobPart], { type }));
}

/** Every generated file in one zip, built in the browser (the secrets never travel again). */
export async function downloadZip(fileName: string, files: Readonly<Record<string, string>>): Promise<void> {
  const bytes = await zip(Object.entries(files).map(([path, data]) => ({ path, data })));
  downloadFile(fileName, bytes, 'application/zip');
}
