import {
  Agent,
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from "node:http";
import { connect, type Socket } from "node:net";

export interface FaultProxyOptions {
  /** The server behind the proxy, `http://host:port` (a path is ignored). */
  target: string;
  /** @default 0: a free port on 127.0.0.1 */
  port?: number;
}

export interface FaultSettings {
  /** Share (0..1) of matching requests the proxy answers 503 itself, without forwarding them. @default 0 */
  status503Ratio?: number;
  /**
   * Share (0..1) of matching requests whose client connection is destroyed: half of them before the
   * request is forwarded, half after the server answered and before the answer is sent on (the
   * server did the work, the client never learns it). @default 0
   */
  dropRatio?: number;
  /** Wait before forwarding a matching request. @default 0 */
  delayMs?: number;
  /** Which requests the faults apply to (`path` includes the query). @default every request */
  match?: (method: string, path: string) => boolean;
  /** Seed of the generator that picks each request's fate: the same seed and request order give the same fates. @default 1 */
  seed?: number;
}

export interface FaultProxyCounters {
  /** HTTP requests received while up (upgrades not included). */
  requests: number;
  /** Requests sent on to the server. */
  forwarded: number;
  /** Requests answered 503 by the proxy. */
  status503: number;
  /** Client connections destroyed by a drop (both kinds). */
  drops: number;
  dropsBeforeForward: number;
  dropsAfterResponse: number;
  /** Upgrade requests (WebSocket) passed through. */
  upgrades: number;
  /** Connections closed at once because the proxy was down. */
  refused: number;
}

/** A request the proxy failed on purpose. */
export interface FaultRecord {
  method: string;
  /** With the query. */
  path: string;
  fault: "503" | "drop-before-forward" | "drop-after-response";
}

export interface FaultProxy {
  /** `http://127.0.0.1:PORT`: give it to the client instead of the target. */
  readonly url: string;
  readonly port: number;
  readonly isDown: boolean;
  /** A server that is gone: every open connection is destroyed, and each new one closed as soon as it is accepted, until `up()`. */
  down(): void;
  up(): void;
  /** Replaces the fault settings (and reseeds the generator); `faults({})` turns faults off. */
  faults(settings: FaultSettings): void;
  /** A copy of the counters since the start (or the last `resetCounters()`). */
  counters(): FaultProxyCounters;
  resetCounters(): void;
  /** Every request failed on purpose since the start (or the last `resetCounters()`), oldest first. */
  faulted(): FaultRecord[];
  /** Destroys every connection and stops listening. */
  close(): Promise<void>;
}

/** mulberry32: a small seeded generator of numbers in [0, 1), so a faulty run can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Headers of one hop (RFC 9110 section 7.6.1): each side of the proxy sets its own. */
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
]);

function endToEnd(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const kept: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined && !HOP_BY_HOP.has(name)) kept[name] = value;
  return kept;
}

const emptyCounters = (): FaultProxyCounters => ({
  requests: 0,
  forwarded: 0,
  status503: 0,
  drops: 0,
  dropsBeforeForward: 0,
  dropsAfterResponse: 0,
  upgrades: 0,
  refused: 0,
});

type Fate = "forward" | "503" | "drop-before" | "drop-after";

/**
 * An HTTP/1.1 reverse proxy on 127.0.0.1 in front of a real server, that fails the way servers and
 * networks do while the test runs: it can be down (connections closed at once), answer 503 itself, drop
 * a connection before or after the server answered, or delay requests. WebSocket upgrades pass through
 * (and are cut by `down()`). Faults are picked by a seeded generator, so a run can be replayed.
 */
export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const target = new URL(options.target);
  const targetPort = Number(target.port || 80);
  const sockets = new Set<Socket>();
  // No keep-alive to the server: a reused connection the server just closed would fail a request
  // for a reason that is not one of the faults asked for.
  const agent = new Agent({ keepAlive: false });
  let isDown = false;
  let settings: FaultSettings = {};
  let random = seededRandom(1);
  let counts = emptyCounters();
  let records: FaultRecord[] = [];
  const record = (request: IncomingMessage, fault: FaultRecord["fault"]) =>
    records.push({ method: request.method ?? "GET", path: request.url ?? "/", fault });

  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  };

  const matches = (request: IncomingMessage) =>
    settings.match === undefined || settings.match(request.method ?? "GET", request.url ?? "/");

  const fateOf = (): Fate => {
    const ratio503 = settings.status503Ratio ?? 0;
    const ratioDrop = settings.dropRatio ?? 0;
    if (ratio503 <= 0 && ratioDrop <= 0) return "forward";
    const roll = random();
    if (roll < ratio503) return "503";
    if (roll < ratio503 + ratioDrop) return random() < 0.5 ? "drop-before" : "drop-after";
    return "forward";
  };

  const drop = (request: IncomingMessage, kind: "dropsBeforeForward" | "dropsAfterResponse") => {
    counts.drops++;
    counts[kind]++;
    record(request, kind === "dropsBeforeForward" ? "drop-before-forward" : "drop-after-response");
    request.socket.destroy();
  };

  const forward = (request: IncomingMessage, response: ServerResponse, dropAfter: boolean) => {
    counts.forwarded++;
    const upstream = httpRequest({
      host: target.hostname,
      port: targetPort,
      method: request.method,
      path: request.url,
      headers: { ...endToEnd(request.headers), host: target.host },
      agent,
    });
    upstream.on("response", (answer) => {
      if (dropAfter) {
        // The whole answer is read, so the server has finished; then the client's connection goes.
        answer.resume();
        answer.once("end", () => drop(request, "dropsAfterResponse"));
        return;
      }
      response.writeHead(answer.statusCode ?? 502, answer.statusMessage, endToEnd(answer.headers));
      answer.pipe(response);
      answer.once("error", () => response.destroy());
    });
    upstream.on("error", (error) => {
      if (response.headersSent || request.socket.destroyed) response.destroy();
      else {
        response.writeHead(502, { "content-type": "text/plain" });
        response.end(`fault proxy: the server did not answer: ${error.message}\n`);
      }
    });
    // A client that goes away takes its request to the server with it, as most proxies do.
    response.once("close", () => {
      if (!response.writableFinished && !dropAfter) upstream.destroy();
    });
    request.pipe(upstream);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    counts.requests++;
    const matched = matches(request);
    const fate = matched ? fateOf() : "forward";
    if (fate === "503") {
      counts.status503++;
      record(request, "503");
      request.resume();
      response.writeHead(503, { "content-type": "application/json" });
      response.end(JSON.stringify({ detail: "Service Unavailable (fault proxy)" }));
      return;
    }
    if (fate === "drop-before") {
      drop(request, "dropsBeforeForward");
      return;
    }
    const delayMs = settings.delayMs ?? 0;
    if (matched && delayMs > 0) {
      request.pause();
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (request.socket.destroyed) return;
    }
    forward(request, response, fate === "drop-after");
  };

  /** Sends the upgrade request on as it came, then joins the two sockets. */
  const upgrade = (request: IncomingMessage, client: Socket, head: Buffer) => {
    counts.upgrades++;
    const upstream = connect(targetPort, target.hostname);
    track(upstream);
    upstream.once("connect", () => {
      const lines = [`${request.method} ${request.url} HTTP/${request.httpVersion}`];
      for (let index = 0; index < request.rawHeaders.length; index += 2) {
        const name = request.rawHeaders[index] ?? "";
        lines.push(`${name}: ${name.toLowerCase() === "host" ? target.host : request.rawHeaders[index + 1]}`);
      }
      upstream.write(`${lines.join("\r\n")}\r\n\r\n`);
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const [a, b] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      a.on("error", () => b.destroy());
      a.once("close", () => b.destroy());
    }
  };

  const server = createServer((request, response) => void handle(request, response));
  server.on("connection", (socket: Socket) => {
    if (isDown) {
      counts.refused++;
      socket.destroy();
      return;
    }
    track(socket);
  });
  server.on("upgrade", upgrade);
  server.on("clientError", (_error, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the fault proxy has no address");
  const port = address.port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    get isDown() {
      return isDown;
    },
    down() {
      isDown = true;
      for (const socket of sockets) socket.destroy();
    },
    up() {
      isDown = false;
    },
    faults(next) {
      settings = { ...next };
      random = seededRandom(next.seed ?? 1);
    },
    counters: () => ({ ...counts }),
    resetCounters() {
      counts = emptyCounters();
      records = [];
    },
    faulted: () => records.map((entry) => ({ ...entry })),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        agent.destroy();
        server.close(() => resolve());
      }),
  };
}
