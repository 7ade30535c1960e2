import { io, type Socket } from "socket.io-client";
import type { TokenSource } from "../client/auth.js";
import type { Logger } from "../logger.js";

export interface DoorbellOptions {
  /** Root of Zou's event stream server (Socket.IO path `/socket.io`, namespace `/events`). */
  eventsUrl: string;
  tokens: TokenSource;
  logger: Logger;
  /** Any event arrived: the log has (or is about to have) something new. */
  onRing(name: string, data: unknown): void;
  onConnectionChange(connected: boolean): void;
  /** Reconnection delays. @default { minMs: 500, maxMs: 5000 } */
  reconnect?: { minMs: number; maxMs: number };
}

export interface Doorbell {
  readonly connected: boolean;
  close(): void;
}

/**
 * Zou's live Socket.IO feed, used only as a doorbell: it says "something happened" quickly, while
 * the event log says what. Each (re)connection sends the current token in the handshake header,
 * where Zou reads it; a connection Zou refuses is retried with a renewed token.
 */
export function openDoorbell(options: DoorbellOptions): Doorbell {
  const { minMs, maxMs } = options.reconnect ?? { minMs: 500, maxMs: 5000 };
  let token = "";
  let closed = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  const headers = () => ({ Authorization: `Bearer ${token}` });
  // forceNew: socket.io-client otherwise shares a cached connection (and its headers) per URL.
  const socket: Socket = io(`${options.eventsUrl.replace(/\/+$/, "")}/events`, {
    path: "/socket.io",
    forceNew: true,
    autoConnect: false,
    reconnection: true,
    reconnectionDelay: minMs,
    reconnectionDelayMax: maxMs,
    extraHeaders: headers(),
  });
  const refreshHeaders = async (renew: boolean) => {
    token = (renew ? await options.tokens.renew(token) : undefined) ?? (await options.tokens.current());
    socket.io.opts.extraHeaders = headers();
  };
  const connect = () => {
    void refreshHeaders(false)
      .then(() => !closed && socket.connect())
      .catch((error: unknown) => retryLater(error));
  };
  const retryLater = (error: unknown) => {
    if (closed) return;
    failures++;
    const delay = Math.min(maxMs, minMs * 2 ** Math.min(failures, 10));
    options.logger.warn("kitsu event socket cannot connect; retrying", { error: String(error), delayMs: delay });
    retryTimer = setTimeout(connect, delay);
  };

  socket.io.on("reconnect_attempt", () => {
    socket.io.opts.extraHeaders = headers();
  });
  socket.on("connect", () => {
    failures = 0;
    options.logger.debug("kitsu event socket connected");
    options.onConnectionChange(true);
  });
  socket.on("disconnect", (reason) => {
    options.logger.info("kitsu event socket disconnected", { reason });
    options.onConnectionChange(false);
    // A disconnection by the server is not retried by socket.io itself.
    if (reason === "io server disconnect" && !closed) retryLater(reason);
  });
  socket.on("connect_error", (error) => {
    options.onConnectionChange(false);
    if (socket.active) {
      void refreshHeaders(false).catch(() => {});
      return;
    }
    // Refused by Zou (bad or expired token): renew it, then try again.
    void refreshHeaders(true)
      .then(() => retryLater(error.message))
      .catch((renewError: unknown) => retryLater(renewError));
  });
  socket.onAny((name: string, data: unknown) => options.onRing(name, data));
  connect();

  return {
    get connected() {
      return socket.connected;
    },
    close() {
      closed = true;
      clearTimeout(retryTimer);
      socket.removeAllListeners();
      socket.io.removeAllListeners();
      socket.disconnect();
    },
  };
}
