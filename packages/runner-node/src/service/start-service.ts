import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { hostname } from "node:os";
import type { Logger } from "@kitsu-ayon/ayon-sdk";
import {
  type CheckpointStore,
  createSyncEngine,
  type SyncEngine,
  type SyncEngineOptions,
  type SyncEngineStatus,
} from "@kitsu-ayon/sync-core";
import type { KitsuAyonConfig } from "../config/config.js";
import { createProcessorEngine, type Processor, startProcessor } from "../scale-out/roles.js";
import { createClients, secretsOf } from "./clients.js";
import { createFileCheckpointStore, lockStateDir } from "./file-checkpoints.js";
import { createJsonLogger } from "./json-logger.js";
import { opsRoute, startOpsServer } from "./ops-server.js";
import { prometheusText } from "./prometheus.js";

export interface KitsuAyonServiceOptions {
  /** With `serve.role: "processor"`: the enroll sender. @default derived from the host and the state directory (stable across restarts) */
  processorSender?: string;
  config: KitsuAyonConfig;
  /** @default JSON lines on stdout, secrets masked */
  logger?: Logger;
  /**
   * Engine options besides those the configuration sets: handlers are added with `setup`, hooks
   * (`filter`, `transform`), `mapping`, `users`, `pairing`...
   */
  engine?: Partial<Omit<SyncEngineOptions, "kitsu" | "ayon" | "checkpoints" | "projects" | "logger">>;
  /** Register handlers on the engine before it starts. */
  setup?: (engine: SyncEngine) => void | Promise<void>;
  /** Where checkpoints go. @default files under `config.stateDir` */
  checkpoints?: CheckpointStore;
  /**
   * Serve `/healthz` and `/metrics` on `config.serve.host:port`. With `false`, mount
   * `handle.handleRequest` in your own server instead. @default true
   */
  http?: boolean;
  /** Lock the state directory so a second service on it refuses to start. @default true */
  lock?: boolean;
  /** How often both servers are checked for `/healthz`. @default 15000 */
  healthIntervalMs?: number;
}

export interface ServiceHealth {
  ok: boolean;
  state: SyncEngineStatus["state"];
  kitsu: { ok: boolean; error?: string };
  ayon: { ok: boolean; error?: string };
  lagSeconds: number;
  maxLagSeconds: number;
  /** Why it is not ready, in words. */
  problems: string[];
}

export interface KitsuAyonService {
  engine: SyncEngine;
  status(): SyncEngineStatus;
  health(): ServiceHealth;
  /** Prometheus text exposition of the engine's metrics. */
  metricsText(): string;
  /**
   * Answers `GET /healthz` and `GET /metrics` (also under a prefix such as `/kitsu-ayon/healthz`);
   * returns false for any other request, so it mounts in an existing server.
   */
  handleRequest(request: IncomingMessage, response: ServerResponse): boolean;
  /** The ops server's URL, when it runs. */
  url: string | undefined;
  /** Drains (unless told not to), stores the checkpoint, closes the ops server and releases the lock. */
  stop(options?: { drain?: boolean }): Promise<void>;
  /**
   * Resolves with the error once the engine stopped itself on a failure no retry cures (credentials
   * or rights revoked while running, Kitsu's log refused); never resolves otherwise.
   */
  failed: Promise<unknown>;
}

/**
 * Starts the live Kitsu -> AYON sync as a service: clients from the configuration, the engine with
 * a file checkpoint under the state directory (locked against a second process), a health check of
 * both servers, and the `/healthz` and `/metrics` routes. Resolves once the engine runs.
 */
export async function startKitsuAyonService(options: KitsuAyonServiceOptions): Promise<KitsuAyonService> {
  const { config } = options;
  const logger = options.logger ?? createJsonLogger({ secrets: secretsOf(config), base: { service: "kitsu-ayon" } });
  const lock = options.lock === false ? undefined : await lockStateDir(config.stateDir);
  const { kitsu, ayon } = createClients(config, { logger });
  const engineOptions = {
    reconcileIntervalMs: config.sync.reconcileIntervalMinutes * 60_000,
    chunkSize: config.sync.chunkSize,
    reconcileOnStart: config.sync.reconcileOnStart,
    ...options.engine,
    kitsu,
    ayon,
    projects: config.projects,
    checkpoints: options.checkpoints ?? createFileCheckpointStore(config.stateDir),
    logger,
  };
  // A processor's engine takes its events from AYON's event system instead of Kitsu's log.
  const processorSender =
    options.processorSender ??
    `kitsu-ayon-processor-${hostname()}-${createHash("sha256").update(config.stateDir).digest("hex").slice(0, 8)}`;
  let processor: Processor | undefined;
  const engine =
    config.serve.role === "processor" ? createProcessorEngine(engineOptions) : createSyncEngine(engineOptions);
  let processorFailed: (error: unknown) => void = () => {};
  const failed = new Promise<unknown>((resolve) => {
    processorFailed = resolve;
    engine.events.on("state", (state, error) => {
      if (state === "failed") resolve(error);
    });
  });
  const up = { kitsu: { ok: false } as ServiceHealth["kitsu"], ayon: { ok: false } as ServiceHealth["ayon"] };
  const check = async () => {
    const [kitsuAnswer, ayonAnswer] = await Promise.allSettled([kitsu.serverInfo(), ayon.users.me()]);
    const describe = (result: PromiseSettledResult<unknown>) =>
      result.status === "fulfilled"
        ? { ok: true }
        : { ok: false, error: String((result.reason as Error)?.message ?? result.reason) };
    up.kitsu = describe(kitsuAnswer);
    up.ayon = describe(ayonAnswer);
  };
  let timer: ReturnType<typeof setInterval> | undefined;
  let server: Awaited<ReturnType<typeof startOpsServer>> | undefined;

  const health = (): ServiceHealth => {
    const status = engine.status();
    const lagSeconds = status.metrics.lagSeconds;
    const problems: string[] = [];
    if (status.state !== "running") problems.push(`the engine is ${status.state}`);
    if (!up.kitsu.ok) problems.push(`Kitsu does not answer: ${up.kitsu.error ?? "unknown"}`);
    if (!up.ayon.ok) problems.push(`AYON does not answer: ${up.ayon.error ?? "unknown"}`);
    if (status.outage) problems.push(`events wait out an outage since ${status.outage.since}: ${status.outage.error}`);
    if (status.missingProjects.length)
      problems.push(`Kitsu has no project ${status.missingProjects.map((name) => `"${name}"`).join(", ")}`);
    if (lagSeconds > config.sync.maxLagSeconds)
      problems.push(`lag ${Math.round(lagSeconds)} s is over ${config.sync.maxLagSeconds} s`);
    return {
      ok: problems.length === 0,
      state: status.state,
      kitsu: up.kitsu,
      ayon: up.ayon,
      lagSeconds,
      maxLagSeconds: config.sync.maxLagSeconds,
      problems,
    };
  };
  const metricsText = () => prometheusText(engine.status(), { up: { kitsu: up.kitsu.ok, ayon: up.ayon.ok } });
  const handleRequest = (request: IncomingMessage, response: ServerResponse): boolean => {
    const route = opsRoute(request);
    if (route === "healthz") {
      const result = health();
      response.writeHead(result.ok ? 200 : 503, { "content-type": "application/json" });
      response.end(JSON.stringify(result));
      return true;
    }
    if (route === "metrics") {
      response.writeHead(200, { "content-type": "text/plain; version=0.0.4; charset=utf-8" });
      response.end(metricsText());
      return true;
    }
    return false;
  };

  if (options.http !== false) {
    try {
      server = await startOpsServer(config.serve, handleRequest, logger);
    } catch (error) {
      lock?.release();
      throw error;
    }
  }

  // The ops routes answer from here on: /healthz says 503 while the engine starts (a server that
  // does not answer yet is retried, not fatal).
  try {
    await options.setup?.(engine);
    await check();
    timer = setInterval(() => void check().catch(() => {}), options.healthIntervalMs ?? 15_000);
    timer.unref?.();
    if (config.serve.role === "processor")
      processor = await startProcessor({
        ...engineOptions,
        sender: processorSender,
        engine,
        ...(config.serve.shard ? { shard: config.serve.shard } : {}),
      });
    else await engine.start();
    void processor?.failed.then(processorFailed);
  } catch (error) {
    clearInterval(timer);
    await server?.close();
    lock?.release();
    throw error;
  }

  let stopping: Promise<void> | undefined;
  return {
    engine,
    failed,
    status: () => engine.status(),
    health,
    metricsText,
    handleRequest,
    url: server?.url,
    stop(stopOptions = {}) {
      stopping ??= (async () => {
        clearInterval(timer);
        if (processor) await processor.stop(stopOptions);
        else await engine.stop(stopOptions);
        await server?.close();
        lock?.release();
      })();
      return stopping;
    },
  };
}

export { OpsServerError } from "./ops-server.js";
