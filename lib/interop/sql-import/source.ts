import { scanSync, type ScanToken } from 'libpg-query';

/**
 * The SQL text as the parser sees it. libpg-query reports every location as a
 * UTF-8 byte offset, so slicing a JavaScript string by those numbers goes wrong
 * after the first non-ASCII character (pagila has a domain named "bıgınt").
 * All offsets here are bytes; text comes back decoded.
 */
export class SqlSource {
  readonly bytes: Uint8Array;
  private readonly lineStarts: number[] = [0];
  private readonly decoder = new TextDecoder();

  constructor(readonly text: string) {
    this.bytes = new TextEncoder().encode(text);
    for (let i = 0; i < this.bytes.length; i++) if (this.bytes[i] === 0x0a) this.lineStarts.push(i + 1);
  }

  slice(start: number, end: number): string {
    return this.decoder.decode(this.bytes.subarray(start, end));
  }

  /** 1-based line of a byte offset. */
  lineAt(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  /** 1-based line and column (in characters) of a character index into `text`. */
  positionOfCharIndex(index: number): { line: number; column: number } {
    const before = this.text.slice(0, Math.max(0, index));
    const line = before.split('\n').length;
    return { line, column: before.length - before.lastIndexOf('\n') };
  }
}

/** One statement's text and tokens; tokens are scanned lazily, only for statements that need expression text. */
export class StatementSource {
  private scanned: ScanToken[] | null = null;

  constructor(readonly source: SqlSource, readonly start: number, readonly end: number) {}

  get line(): number {
    return this.firstTokenLine();
  }

  lineAt(offset: number): number {
    return this.source.lineAt(offset);
  }

  /** Tokens with absolute byte offsets, comments dropped. */
  get tokens(): ScanToken[] {
    if (this.scanned === null) {
      const text = this.source.slice(this.start, this.end);
      this.scanned = scanSync(text).tokens
        .filter((t) => t.tokenName !== 'SQL_COMMENT' && t.tokenName !== 'C_COMMENT')
        .map((t) => ({ ...t, start: t.start + this.start, end: t.end + this.start }));
    }
    return this.scanned;
  }

  text(start: number, end: number): string {
    return this.source.slice(start, end);
  }

  // pg_dump puts a comment block before each statement; the statement's line is
  // that of its first real token, found without scanning the whole statement.
  private firstTokenLine(): number {
    const bytes = this.source.bytes;
    let i = this.start;
    while (i < this.end) {
      const c = bytes[i]!;
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) { i++; continue; }
      if (c === 0x2d && bytes[i + 1] === 0x2d) { while (i < this.end && bytes[i] !== 0x0a) i++; continue; }
      if (c === 0x2f && bytes[i + 1] === 0x2a) {
        const close = findBytes(bytes, i + 2, this.end, 0x2a, 0x2f);
        i = close < 0 ? this.end : close + 2;
        continue;
      }
      break;
    }
    return this.source.lineAt(Math.min(i, Math.max(this.start, this.end - 1)));
  }
}

function findBytes(bytes: Uint8Array, from: number, to: number, a: number, b: number): number {
  for (let i = from; i < to - 1; i++) if (bytes[i] === a && bytes[i + 1] === b) return i;
  return -1;
}
