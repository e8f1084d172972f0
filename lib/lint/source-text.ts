/**
 * A file's text addressed by UTF-8 byte offsets (the parser's unit), giving back
 * decoded text and 1-based line/column positions in characters (UTF-16 code
 * units, as editors and eslint count them).
 */
export class SourceText {
  private readonly bytes: Uint8Array;
  private readonly lineStarts: number[] = [0];
  private readonly decoder = new TextDecoder();

  constructor(readonly text: string) {
    this.bytes = new TextEncoder().encode(text);
    for (let i = 0; i < this.bytes.length; i++) if (this.bytes[i] === 0x0a) this.lineStarts.push(i + 1);
  }

  get byteLength(): number {
    return this.bytes.length;
  }

  slice(start: number, end: number): string {
    return this.decoder.decode(this.bytes.subarray(start, end));
  }

  position(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.bytes.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: this.slice(this.lineStarts[low]!, clamped).length + 1 };
  }
}

/** A statement for a report line: whitespace collapsed, cut at `max` characters. */
export function excerpt(statement: string, max = 160): string {
  const flat = statement.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
