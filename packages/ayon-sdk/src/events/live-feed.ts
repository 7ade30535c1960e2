import { sleep } from "@kitsu-ayon/http-transport";
import type { Logger } from "../logger.js";

/** A message of AYON's `/ws` feed. It never carries the payload: read it with `events.get(id)` when `store` is true. */
export interface AyonLiveMessage {
  id?: string;
  topic: string;
  project?: string | null;
  user?: string | null;
  dependsOn?: string | null;
  description?: string;
  summary?: Record<string, unknown>;
  status?: string;
  progress?: number | null;
  sender?: string | null;
  senderType?: string | null;
  store?: boolean;
  createdAt?: string;
  updatedAt?: string;
}

/** The part of the WebSocket API the feed uses: the browser's, Node 22's global, or the `ws` package. */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: "open" | "close" | "error" | "message", listener: (event: { data?: unknown }) => void): void;
}
export type WebSocketConstructor = new (url: string) => WebSocketLike;

export interface LiveFeedOptions {
  /** Topic prefixes (`entity.task`, `entity.folder.`); `*` for everything. `heartbeat` and `server.*` always arrive. */
  topics: string[];
  /** Only this project's messages (plus those of no project). @default null (all projects) */
  project?: string | null;
  /** Drop messages whose sender type is listed, e.g. your own. */
  ignoreSenderTypes?: string[];
  /** @default globalThis.WebSocket (Node 22+, browsers); on Node 20 pass `WebSocket` from the `ws` package */
  WebSocket?: WebSocketConstructor;
  /** Without any message (AYON sends a heartbeat after 5 s of silence) for this long, reconnect. @default 20000 */
  silenceTimeoutMs?: number;
  /** Reconnection backoff. @default { minDelayMs: 500, maxDelayMs: 10000 } */
  reconnect?: { minDelayMs?: number; maxDelayMs?: number };
}

export interface LiveFeed {
  /** Every message except heartbeats. Returns an unsubscribe function. */
  on(listener: (message: AyonLiveMessage) => void): () => void;
  /**
   * After every (re)connection. AYON's feed is at most once and never replays: what happened while
   * disconnected is lost, so catch up (enroll, or `events.list({ newerThan })`) when this fires.
   */
  onConnect(listener: (info: { reconnect: boolean }) => void): () => void;
  onError(listener: (error: unknown) => void): () => void;
  /** After every connection that closes (it reconnects on its own unless closed). */
  onDisconnect(listener: () => void): () => void;
  /** True from a connection's open until it closes. */
  readonly connected: boolean;
  /** Resolves once the first connection is open and authenticated. */
  readonly ready: Promise<void>;
  close(): void;
}

export interface LiveFeedDeps {
  serverUrl: string;
  /** The token for the auth message: an API key or a session token. */
  token(): Promise<string>;
  /** A REST call before each connection: AYON accepts an API key on `/ws` only while a session made by REST exists. */
  touch(): Promise<unknown>;
  logger: Logger;
}

const OPEN = 1;

/**
 * AYON's `/ws` live feed with reconnection: authenticates within AYON's 3 s window, subscribes by
 * topic prefix and project, and reconnects with backoff when the socket drops or goes silent.
 */
export function createLiveFeed(deps: LiveFeedDeps, options: LiveFeedOptions): LiveFeed {
  const found = options.WebSocket ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  if (!found)
    throw new TypeError("no WebSocket implementation: pass options.WebSocket (e.g. from the ws package on Node 20)");
  const Socket: WebSocketConstructor = found;
  const listeners = {
    message: new Set<(m: AyonLiveMessage) => void>(),
    connect: new Set<(i: { reconnect: boolean }) => void>(),
    error: new Set<(e: unknown) => void>(),
    disconnect: new Set<() => void>(),
  };
  let open = false;
  const ignored = new Set(options.ignoreSenderTypes ?? []);
  const minDelay = options.reconnect?.minDelayMs ?? 500;
  const maxDelay = options.reconnect?.maxDelayMs ?? 10_000;
  const closing = new AbortController();
  let socket: WebSocketLike | undefined;
  let connections = 0;
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  const report = (error: unknown) => {
    for (const listener of listeners.error) listener(error);
  };
  const wsUrl = `${deps.serverUrl.replace(/^http/, "ws")}/ws`;

  /** One connection's life; resolves when it closes. */
  async function connectOnce(): Promise<void> {
    await deps.touch();
    const token = await deps.token();
    const current = new Socket(wsUrl);
    socket = current;
    await new Promise<void>((resolve) => {
      let watchdog: ReturnType<typeof setTimeout> | undefined;
      const arm = () => {
        clearTimeout(watchdog);
        watchdog = setTimeout(() => current.close(4000, "silent"), options.silenceTimeoutMs ?? 20_000);
      };
      current.addEventListener("open", () => {
        current.send(
          JSON.stringify({ topic: "auth", token, subscribe: options.topics, project: options.project ?? null }),
        );
        arm();
        open = true;
        const reconnect = connections++ > 0;
        resolveReady();
        for (const listener of listeners.connect) listener({ reconnect });
      });
      current.addEventListener("message", (event) => {
        arm();
        const message = parse(event.data);
        if (!message || message.topic === "heartbeat") return;
        if (message.senderType && ignored.has(message.senderType)) return;
        for (const listener of listeners.message) listener(message);
      });
      current.addEventListener("error", (event) =>
        report(
          new Error(`AYON WebSocket error: ${String((event as { message?: unknown }).message ?? "connection failed")}`),
        ),
      );
      current.addEventListener("close", () => {
        clearTimeout(watchdog);
        if (open) {
          open = false;
          for (const listener of listeners.disconnect) listener();
        }
        resolve();
      });
    });
  }

  async function run() {
    let failures = 0;
    while (!closing.signal.aborted) {
      const started = Date.now();
      try {
        await connectOnce();
      } catch (error) {
        report(error);
      }
      if (closing.signal.aborted) return;
      failures = Date.now() - started > 30_000 ? 0 : failures + 1;
      const delay = Math.min(maxDelay, minDelay * 2 ** Math.max(0, failures - 1));
      deps.logger.info("ayon websocket closed, reconnecting", { delayMs: delay });
      await sleep(delay, closing.signal).catch(() => {});
    }
  }

  void run();
  return {
    on: (listener) => add(listeners.message, listener),
    onConnect: (listener) => add(listeners.connect, listener),
    onError: (listener) => add(listeners.error, listener),
    onDisconnect: (listener) => add(listeners.disconnect, listener),
    get connected() {
      return open;
    },
    ready,
    close() {
      closing.abort();
      if (socket && socket.readyState <= OPEN) socket.close(1000, "closed");
    },
  };
}

function add<T>(set: Set<T>, item: T): () => void {
  set.add(item);
  return () => set.delete(item);
}

function parse(data: unknown): AyonLiveMessage | undefined {
  try {
    const text =
      typeof data === "string"
        ? data
        : data instanceof ArrayBuffer || ArrayBuffer.isView(data)
          ? new TextDecoder().decode(data as ArrayBuffer)
          : String(data);
    const message = JSON.parse(text) as unknown;
    return typeof message === "object" && message !== null && typeof (message as { topic?: unknown }).topic === "string"
      ? (message as AyonLiveMessage)
      : undefined;
  } catch {
    return undefined;
  }
}
