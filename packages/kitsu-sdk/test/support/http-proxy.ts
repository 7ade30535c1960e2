import { createServer, request as httpRequest } from "node:http";

export interface ProxiedRequest {
  method: string;
  /** Path and query string, as the client sent them. */
  url: string;
  status: number;
  /** Items in a JSON array answer (a page of the event log), else 0. */
  items: number;
}

/**
 * An HTTP proxy on 127.0.0.1 in front of a real server. It records every request with its status and,
 * for JSON array answers, how many items came back; `fail(count)` makes it answer the next `count`
 * requests with a 503 itself, as a load balancer in front of a restarting server does.
 */
export async function startHttpProxy(target: string) {
  const upstream = new URL(target);
  const requests: ProxiedRequest[] = [];
  let failing = 0;
  let onRequest: ((request: ProxiedRequest, index: number) => void) | undefined;
  const server = createServer((client, response) => {
    const record: ProxiedRequest = { method: client.method ?? "GET", url: client.url ?? "/", status: 0, items: 0 };
    requests.push(record);
    onRequest?.(record, requests.length - 1);
    if (failing > 0) {
      failing--;
      record.status = 503;
      client.resume();
      response.writeHead(503, { "content-type": "application/json" }).end('{"message":"proxy: unavailable"}');
      return;
    }
    const forwarded = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: client.method,
        path: `${upstream.pathname.replace(/\/$/, "")}${client.url}`,
        headers: { ...client.headers, host: upstream.host },
      },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on("data", (chunk: Buffer) => chunks.push(chunk));
        answer.on("end", () => {
          const body = Buffer.concat(chunks);
          record.status = answer.statusCode ?? 0;
          try {
            const parsed: unknown = JSON.parse(body.toString("utf8"));
            if (Array.isArray(parsed)) record.items = parsed.length;
          } catch {}
          const headers = { ...answer.headers, "content-length": String(body.length) };
          delete headers["transfer-encoding"];
          response.writeHead(record.status, headers).end(body);
        });
      },
    );
    forwarded.on("error", () => response.destroy());
    client.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no proxy address");
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    /** Answers the next `count` requests with a 503 instead of forwarding them. */
    fail(count: number) {
      failing = count;
    },
    /** Called for each request before it is answered (so a test can `fail()` it). */
    onRequest(listener: (request: ProxiedRequest, index: number) => void) {
      onRequest = listener;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
