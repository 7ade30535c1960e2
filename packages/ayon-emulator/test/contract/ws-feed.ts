import WebSocket from "ws";

export type WsMessage = Record<string, unknown> & { topic: string };

/** A test's view of one `/ws` connection: every message it received, and a close code when closed. */
export interface WsFeed {
  readonly messages: WsMessage[];
  /** Resolves with the close code. */
  readonly closed: Promise<number>;
  /** Sends an `auth` message. */
  auth(token: string, subscribe: string[], project?: string | null): void;
  /** The first message (already received or coming) that matches, or a rejection after `timeoutMs`. */
  next(match: (message: WsMessage) => boolean, timeoutMs?: number): Promise<WsMessage>;
  /** Waits `ms` and returns the messages that match meanwhile (to assert that nothing came). */
  collect(match: (message: WsMessage) => boolean, ms: number): Promise<WsMessage[]>;
  close(): void;
}

/** Opens `ws(s)://.../ws` on the server; resolves once the socket is open. */
export async function openFeed(serverUrl: string): Promise<WsFeed> {
  const socket = new WebSocket(`${serverUrl.replace(/^http/, "ws")}/ws`);
  const messages: WsMessage[] = [];
  const waiters = new Set<() => void>();
  socket.on("message", (data) => {
    messages.push(JSON.parse(data.toString()) as WsMessage);
    for (const wake of waiters) wake();
  });
  const closed = new Promise<number>((resolve) => socket.on("close", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
  });
  return {
    messages,
    closed,
    auth(token, subscribe, project = null) {
      socket.send(JSON.stringify({ topic: "auth", token, subscribe, project }));
    },
    next(match, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(match);
          if (!found) return false;
          waiters.delete(wake);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const wake = () => void check();
        const timer = setTimeout(() => {
          waiters.delete(wake);
          reject(
            new Error(
              `no matching WebSocket message within ${timeoutMs} ms; got ${JSON.stringify(messages.map((m) => m.topic))}`,
            ),
          );
        }, timeoutMs);
        waiters.add(wake);
        check();
      });
    },
    async collect(match, ms) {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return messages.filter(match);
    },
    close() {
      socket.close();
    },
  };
}

/**
 * Waits until the server has processed the feed's `auth` message: AYON sends no acknowledgement,
 * so fire-and-forget probe events (subscribed as `probePrefix`) are sent until one arrives.
 */
export async function untilAuthorised(
  feed: WsFeed,
  probePrefix: string,
  send: (topic: string) => Promise<unknown>,
): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const topic = `${probePrefix}.n${attempt}`;
    await send(topic);
    try {
      await feed.next((message) => message.topic === topic, 250);
      return;
    } catch {
      // not yet authorised
    }
  }
  throw new Error("the WebSocket was never authorised");
}
