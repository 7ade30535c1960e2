import type { WebSocket } from "ws";
import { API_KEY_SESSION_TTL_MS, isManager } from "../http/context.js";
import type { UserRecord } from "../state/records.js";
import type { EmulatorState } from "../state/store.js";
import { hasProjectAccess } from "./project-access.js";

/** Delivered whatever a client subscribed to (ayon_server/api/messaging.py). */
export const ALWAYS_SUBSCRIBE = ["server.started", "server.restart_requested", "heartbeat"];
/** The only project messages guests receive. */
const GUEST_TOPICS = ["activity.created", "heartbeat", "activity.updated", "entity.version.updated"];
/** A client that has not authorised within this time is dropped at the next purge. */
export const AUTH_TIMEOUT_MS = 3000;

/** One `/ws` connection and what it authorised for (`Client` in ayon_server/api/messaging.py). */
export class WsClient {
  readonly connectedAt = Date.now();
  authorized = false;
  disconnected = false;
  topics: string[] = [];
  project: string | null = null;
  user: UserRecord | undefined;

  constructor(readonly socket: WebSocket) {}

  /** Connected, and either authorised or still within its three seconds. */
  get isValid(): boolean {
    return !this.disconnected && (this.authorized || Date.now() - this.connectedAt <= AUTH_TIMEOUT_MS);
  }

  /**
   * An `auth` message. A bearer session or an API key with a live REST session authorises; anything
   * else is ignored without an answer, and an earlier authorisation stays.
   */
  authorize(state: EmulatorState, token: unknown, subscribe: unknown, project: unknown): void {
    const user = typeof token === "string" ? sessionUser(state, token) : undefined;
    if (!user) return;
    const topics = Array.isArray(subscribe) ? subscribe.filter((item): item is string => typeof item === "string") : [];
    this.topics = topics.includes("*") ? ["*"] : [...topics, ...ALWAYS_SUBSCRIBE];
    this.authorized = true;
    this.user = user;
    this.project = typeof project === "string" && project !== "" ? project : null;
  }

  /** The routing rules of `Messaging.main`: project scope, access, then topic prefixes. */
  wants(topic: string, project: unknown): boolean {
    if (typeof project === "string") {
      const broadcast = topic === "inbox.message" || ALWAYS_SUBSCRIBE.includes(topic);
      if (!broadcast && this.project && this.project !== project) return false;
      if (this.user && !this.mayReceive(topic, project)) return false;
    }
    if (ALWAYS_SUBSCRIBE.includes(topic)) return true;
    return this.topics.some((prefix) => prefix === "*" || topic.startsWith(prefix));
  }

  send(text: string): void {
    if (!this.authorized || !this.isValid) return;
    this.socket.send(text, (error) => {
      if (error) this.disconnected = true;
    });
  }

  private mayReceive(topic: string, project: string): boolean {
    const user = this.user as UserRecord;
    if (user.data.isGuest === true) return GUEST_TOPICS.includes(topic);
    return isManager(user) || hasProjectAccess(user, project, true);
  }
}

/**
 * `Session.check(token)`: a login token, or an API key whose session (created by its first REST
 * request, 600 s, not extended) still lives.
 */
function sessionUser(state: EmulatorState, token: string): UserRecord | undefined {
  const name = state.sessions.get(token);
  if (name !== undefined) return state.users.get(name.toLowerCase());
  const since = state.apiKeySessions.get(token);
  if (since === undefined || Date.now() - since > API_KEY_SESSION_TTL_MS) return undefined;
  for (const user of state.users.values()) if (user.apiKey === token) return user;
  return undefined;
}
