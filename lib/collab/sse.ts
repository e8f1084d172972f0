/**
 * Server-Sent Events framing (https://html.spec.whatwg.org/multipage/server-sent-events.html):
 * the server formats with `sseEvent`, and code without `EventSource` (the
 * benchmark, tests) reads a stream with `SseParser`.
 */
export interface SseMessage {
  readonly event: string;
  readonly data: string;
  readonly id?: string;
}

export function sseEvent(event: string, data: unknown, id?: number | string): string {
  const lines = JSON.stringify(data).split('\n').map((line) => `data: ${line}`).join('\n');
  return `${id === undefined ? '' : `id: ${id}\n`}event: ${event}\n${lines}\n\n`;
}

/** A comment line: keeps proxies and the browser from timing the connection out. */
export const SSE_HEARTBEAT = ': ping\n\n';

/** Feeds text chunks in, gets whole messages out (a message may span chunks). */
export class SseParser {
  private buffer = '';

  push(chunk: string): SseMessage[] {
    this.buffer += chunk.replace(/\r\n?/g, '\n');
    const messages: SseMessage[] = [];
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      let event = 'message';
      let id: string | undefined;
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line === '' || line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
        else if (field === 'id') id = value;
      }
      if (data.length > 0) messages.push({ event, data: data.join('\n'), ...(id === undefined ? {} : { id }) });
    }
    return messages;
  }
}
