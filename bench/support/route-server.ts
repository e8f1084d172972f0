import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A Next.js App Router handler: `(request, { params })`. */
export type RouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface Route {
  readonly method: string;
  /** Matched against the path; named groups become `params`. */
  readonly pattern: RegExp;
  readonly handler: RouteHandler;
}

/**
 * Serves route handlers over a real loopback HTTP server, the way Next.js calls
 * them (a web `Request`, params as a promise, the `Response` body streamed), so
 * a benchmark exercises HTTP and Server-Sent Events through the real handlers
 * without a production build. A client that disconnects aborts its request's
 * signal, as in Next.js.
 */
export async function serveRoutes(routes: readonly Route[]): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const server = createServer((req, res) => void dispatch(routes, req, res));
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

async function dispatch(routes: readonly Route[], req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
  const route = routes.find((r) => r.method === req.method && r.pattern.test(url.pathname));
  if (!route) {
    res.writeHead(404).end();
    return;
  }
  const params = route.pattern.exec(url.pathname)!.groups ?? {};
  const abort = new AbortController();
  res.on('close', () => abort.abort());
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
  const request = new Request(url, {
    method: req.method,
    headers,
    body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
    signal: abort.signal,
  });
  const response = await route.handler(request, { params: Promise.resolve(params) });
  res.writeHead(response.status, Object.fromEntries(response.headers));
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  res.on('close', () => void reader.cancel().catch(() => undefined));
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      res.write(value);
    }
  } catch {
    // The client went away mid-stream.
  }
  res.end();
}
