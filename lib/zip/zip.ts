import { crc32 } from './crc32';
import { canDeflate, deflateRaw } from './deflate';
import { dosDateTime, ZIP_EPOCH } from './dos-time';

/**
 * A small ZIP writer (PKWARE APPNOTE 6.3): local headers, data, central
 * directory, end record. No ZIP64, no encryption, no directory entries (unzip
 * creates folders from the paths). Names are UTF-8 with general-purpose flag
 * bit 11 set, so `données/schéma.sql` unpacks with its accents everywhere.
 *
 * Deterministic: every entry gets the same timestamp (1980-01-01 unless told),
 * no extra fields, fixed attributes; the same files give the same bytes.
 */
export interface ZipEntry {
  /** Relative, forward slashes: `migrations/001_create_shop.up.sql`. */
  readonly path: string;
  /** Text is written as UTF-8. */
  readonly data: string | Uint8Array;
}

export interface ZipOptions {
  /** `auto` (default): DEFLATE where the platform has it and it saves bytes, else STORE. */
  readonly method?: 'store' | 'deflate' | 'auto';
  /** Modification time of every entry (default 1980-01-01T00:00:00Z, the earliest ZIP can hold). */
  readonly modified?: Date;
}

const STORE = 0;
const DEFLATE = 8;
const UTF8_NAMES = 0x0800;
const VERSION_NEEDED = 20; // 2.0: DEFLATE
const MADE_BY_UNIX = (3 << 8) | VERSION_NEEDED; // host 3 = Unix, so the external attributes carry permissions
const FILE_MODE = (0o100644 << 16) >>> 0; // regular file, rw-r--r--
const MAX_16 = 0xffff;
const MAX_32 = 0xffffffff;

interface Prepared {
  readonly name: Uint8Array;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly body: Uint8Array;
}

export async function zip(entries: readonly ZipEntry[], options: ZipOptions = {}): Promise<Uint8Array> {
  if (entries.length > MAX_16) throw new Error(`zip: at most ${MAX_16} entries without ZIP64 (got ${entries.length})`);
  checkPaths(entries.map((e) => e.path));
  const mode = options.method ?? 'auto';
  if (mode === 'deflate' && !canDeflate()) throw new Error("zip: this platform has no CompressionStream('deflate-raw'); use method 'store' or 'auto'");
  const deflate = mode !== 'store' && canDeflate();
  const stamp = dosDateTime(options.modified ?? ZIP_EPOCH);
  const encoder = new TextEncoder();

  const prepared: Prepared[] = [];
  for (const entry of entries) {
    const raw = typeof entry.data === 'string' ? encoder.encode(entry.data) : entry.data;
    const packed = deflate && raw.length > 0 ? await deflateRaw(raw) : null;
    // DEFLATE only where it helps (and always when asked for explicitly): tiny files grow when compressed.
    const useDeflate = packed !== null && (mode === 'deflate' || packed.length < raw.length);
    const body = useDeflate ? packed : raw;
    if (raw.length >= MAX_32 || body.length >= MAX_32) throw new Error(`zip: ${entry.path} is too large without ZIP64`);
    prepared.push({ name: encoder.encode(entry.path), method: useDeflate ? DEFLATE : STORE, crc: crc32(raw), size: raw.length, body });
  }

  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const p of prepared) {
    const local = header(30, p.name, (v) => {
      v.u32(0x04034b50); v.u16(VERSION_NEEDED); v.u16(UTF8_NAMES); v.u16(p.method); v.u16(stamp.time); v.u16(stamp.date);
      v.u32(p.crc); v.u32(p.body.length); v.u32(p.size); v.u16(p.name.length); v.u16(0);
    });
    const central = header(46, p.name, (v) => {
      v.u32(0x02014b50); v.u16(MADE_BY_UNIX); v.u16(VERSION_NEEDED); v.u16(UTF8_NAMES); v.u16(p.method); v.u16(stamp.time); v.u16(stamp.date);
      v.u32(p.crc); v.u32(p.body.length); v.u32(p.size); v.u16(p.name.length); v.u16(0); v.u16(0); v.u16(0); v.u16(0);
      v.u32(FILE_MODE); v.u32(offset);
    });
    locals.push(local, p.body);
    centrals.push(central);
    offset += local.length + p.body.length;
    if (offset >= MAX_32) throw new Error('zip: the archive is too large without ZIP64');
  }
  const directorySize = centrals.reduce((n, c) => n + c.length, 0);
  const end = header(22, new Uint8Array(0), (v) => {
    v.u32(0x06054b50); v.u16(0); v.u16(0); v.u16(prepared.length); v.u16(prepared.length);
    v.u32(directorySize); v.u32(offset); v.u16(0);
  });
  return concat([...locals, ...centrals, end]);
}

/** Paths a careful unzip accepts as is: relative, no `..`, no empty segments, no backslashes, each once. */
function checkPaths(paths: readonly string[]): void {
  const seen = new Set<string>();
  for (const path of paths) {
    const problem = path === '' ? 'is empty'
      : path.startsWith('/') ? 'is absolute'
        : path.includes('\\') ? 'contains a backslash'
          : path.split('/').some((s) => s === '' || s === '.' || s === '..') ? 'has an empty, "." or ".." segment'
            : new TextEncoder().encode(path).length > MAX_16 ? 'is longer than 65535 bytes'
              : seen.has(path) ? 'appears twice' : null;
    if (problem) throw new Error(`zip: the entry path "${path}" ${problem}`);
    seen.add(path);
  }
}

interface Writer {
  u16(value: number): void;
  u32(value: number): void;
}

/** A fixed-size little-endian record followed by `name`. */
function header(size: number, name: Uint8Array, write: (w: Writer) => void): Uint8Array {
  const out = new Uint8Array(size + name.length);
  const view = new DataView(out.buffer);
  let at = 0;
  write({
    u16: (value) => { view.setUint16(at, value, true); at += 2; },
    u32: (value) => { view.setUint32(at, value >>> 0, true); at += 4; },
  });
  if (at !== size) throw new Error(`zip: wrote ${at} bytes of a ${size}-byte record`);
  out.set(name, size);
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
