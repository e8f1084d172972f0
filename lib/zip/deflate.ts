/**
 * Raw DEFLATE (RFC 1951, what ZIP method 8 stores) through the platform's
 * CompressionStream. Browsers, Node 20.12+ and Deno have 'deflate-raw'; where it
 * is missing the caller falls back to STORE, which every unzip reads too.
 */
export function canDeflate(): boolean {
  if (typeof globalThis.CompressionStream !== 'function') return false;
  try {
    new globalThis.CompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

export async function deflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
