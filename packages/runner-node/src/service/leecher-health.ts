import type { AyonClient } from "@kitsu-ayon/ayon-sdk";
import type { KitsuClient } from "@kitsu-ayon/kitsu-sdk";
import type { Leecher, LeecherStatus } from "../scale-out/roles.js";

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A Kitsu time no event has yet: reading the log after it returns nothing, whatever the clocks say. */
const NO_EVENT_YET = "9999-12-31T00:00:00";

export interface LeecherHealth extends Omit<LeecherStatus, "deadLetters"> {
  ok: boolean;
  role: "leecher";
  /**
   * Kitsu's event log is readable: by the socket (`connected`), or else by the last read of the log,
   * the leecher's own polling or the health check's.
   */
  kitsu: { ok: boolean; via: "socket" | "polling"; error?: string };
  ayon: { ok: boolean; error?: string };
  /** Why it is not ready, in words. */
  problems: string[];
}

export interface LeecherHealthWatch {
  health(): LeecherHealth;
  stop(): void;
}

/**
 * Checks both servers for a leecher's `/healthz` every `intervalMs`: AYON with `users.me()`, Kitsu
 * with the read the leecher polls with (after a time no event has, so it returns nothing), which
 * needs Kitsu up, the login accepted and the right to read the log. The stream's own failed reads
 * count too: Kitsu is healthy while its socket is connected or while the latest read succeeded.
 * Times are this host's monotonic clock, only compared with each other.
 */
export function watchLeecherHealth(
  clients: { kitsu: KitsuClient; ayon: AyonClient },
  leecher: Leecher,
  intervalMs: number,
): LeecherHealthWatch {
  const { kitsu, ayon } = clients;
  // The leecher has just started: Kitsu's log and AYON both answered.
  const reads: { lastOk: number; lastError: { at: number; error: string } | undefined } = {
    lastOk: performance.now(),
    lastError: undefined,
  };
  let ayonState: { ok: boolean; error?: string } = { ok: true };
  const readFailed = (error: unknown) => {
    reads.lastError = { at: performance.now(), error: message(error) };
  };
  const unsubscribe = leecher.onKitsuError(readFailed);
  const timeout = () => AbortSignal.timeout(Math.max(1_000, intervalMs));
  const check = async () => {
    await Promise.all([
      kitsu.events.read(NO_EVENT_YET, { signal: timeout() }).then(() => {
        reads.lastOk = performance.now();
      }, readFailed),
      ayon.users.me({ signal: timeout() }).then(
        () => {
          ayonState = { ok: true };
        },
        (error: unknown) => {
          ayonState = { ok: false, error: message(error) };
        },
      ),
    ]);
  };
  const timer = setInterval(() => void check().catch(() => {}), intervalMs);
  timer.unref?.();
  return {
    health() {
      const { deadLetters: _d, ...status } = leecher.status();
      const readable = reads.lastError === undefined || reads.lastError.at < reads.lastOk;
      const kitsuState: LeecherHealth["kitsu"] = status.connected
        ? { ok: true, via: "socket" }
        : { ok: readable, via: "polling", ...(readable ? {} : { error: reads.lastError?.error ?? "unknown" }) };
      const problems: string[] = [];
      if (status.state === "failed") problems.push(`the leecher stopped: ${status.error ?? "unknown"}`);
      if (status.state === "stopped") problems.push("the leecher is stopped");
      if (!kitsuState.ok)
        problems.push(`Kitsu's event log cannot be read (the socket is down and polling fails): ${kitsuState.error}`);
      if (!ayonState.ok) problems.push(`AYON does not answer: ${ayonState.error ?? "unknown"}`);
      if (status.outage)
        problems.push(`Kitsu events wait for AYON since ${status.outage.since}: ${status.outage.error}`);
      return { ok: problems.length === 0, role: "leecher", ...status, kitsu: kitsuState, ayon: ayonState, problems };
    },
    stop() {
      clearInterval(timer);
      unsubscribe();
    },
  };
}
