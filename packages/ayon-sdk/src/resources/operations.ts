import { sleep } from "@kitsu-ayon/http-transport";
import { AyonError } from "../errors.js";
import { type AyonHttp, body, type CallOptions, init, inProject, type Schemas } from "./http.js";

export type AyonEntityType = Schemas["OperationModel"]["entityType"];

/** One operation of a batch. Give creates an `entityId` (see `newEntityId`) to create parents and children together. */
export interface AyonOperation {
  /** Your id for the operation, echoed in its result. @default a generated one */
  id?: string;
  type: "create" | "update" | "delete";
  entityType: AyonEntityType;
  entityId?: string;
  data?: Record<string, unknown>;
  /** Delete with children and products; change a folder with published versions. */
  force?: boolean;
  /** Act as this user (service users only). */
  asUser?: string;
}

export type AyonOperationResult = Schemas["OperationResponseModel"];

export interface OperationsResult {
  /**
   * True only when AYON said `success` AND every operation reports success: AYON answers HTTP 200
   * to a failed batch, so the status code says nothing.
   */
  success: boolean;
  /**
   * Results of the operations AYON processed, in order. In a failed atomic chunk those reported
   * successful stay committed, unless the failure came from the database and rolled the chunk back
   * (see `notApplied`, which then lists them too).
   */
  operations: AyonOperationResult[];
  /** The failed ones. */
  failed: AyonOperationResult[];
  /**
   * Operations not applied, in order; empty when `success`. With `canFail`, the failed ones and any
   * AYON did not answer. In an atomic run AYON stops at the first failure and later chunks are not
   * sent; what it had done before the failure in that chunk stays committed (without events) when
   * its own code refused the operation (a missing entity, invalid data, a permission), and is
   * rolled back when PostgreSQL did (`errorCode` "unique-violation", "foreign-key-violation",
   * "not-null-violation", "integrity-constraint-violation" or "delete-folder-with-children").
   */
  notApplied: AyonOperation[];
}

export interface OperationsOptions extends CallOptions {
  /**
   * false: AYON stops each request at its first failure and the run stops there; see `notApplied`
   * for what that request leaves committed. true: every operation stands alone; failures are
   * reported and the rest applied. @default false
   */
  canFail?: boolean;
  /** Operations per request. @default 500 */
  chunkSize?: number;
  /**
   * Send each chunk to the background endpoint and poll it, for batches that could outlast the
   * server's request timeout (120 s). "auto": when a chunk has more than `backgroundThreshold` operations.
   * @default "auto"
   */
  background?: boolean | "auto";
  /** @default 2000 */
  backgroundThreshold?: number;
  /** Poll interval of background operations. @default 500 */
  pollIntervalMs?: number;
  /** AYON dispatches the events before answering, so a following read sees them. @default false */
  waitForEvents?: boolean;
  /** Called after each chunk with the number of operations processed so far. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Error codes of failures PostgreSQL raised, which leave the transaction aborted: AYON then commits an
 * aborted transaction, which rolls the whole atomic batch back (parse_postgres_exception in
 * ayon_server/lib/postgres_exceptions.py; "delete-folder-with-children" translates a foreign-key
 * violation in ayon_server/entities/core/projectlevel.py).
 */
const DATABASE_FAILURES = new Set([
  "unique-violation",
  "foreign-key-violation",
  "not-null-violation",
  "integrity-constraint-violation",
  "delete-folder-with-children",
]);

/**
 * Whether an atomic batch that stopped at `failure` was rolled back. AYON's `_process_operations`
 * breaks out at the first failure and its transaction block exits normally, so the operations before
 * it are committed, unless the failure aborted the transaction in PostgreSQL
 * (ayon_server/operations/project_level/__init__.py). Without a failure to judge by, nothing is
 * counted as committed.
 */
function rolledBack(failure: AyonOperationResult | undefined): boolean {
  return failure === undefined || DATABASE_FAILURES.has(failure.errorCode ?? "");
}

const succeededIds = (results: AyonOperationResult[]) =>
  new Set(results.filter((item) => item.success).map((item) => item.id));

/** A new 32-hex entity id, the form AYON uses (`uuid1().hex`); lets a batch refer to entities it creates. */
export const newEntityId = (): string => crypto.randomUUID().replaceAll("-", "");

/** Thrown by `assertOperationsSucceeded`: carries every failed operation with AYON's status and detail. */
export class AyonOperationsError extends AyonError {
  override name = "AyonOperationsError";
  constructor(readonly result: OperationsResult) {
    const first = result.failed[0];
    const detail = first
      ? `; first: ${first.type} ${first.entityType} ${first.entityId ?? ""} HTTP ${first.status} ${first.errorCode ?? ""} ${first.detail ?? ""}`
      : "";
    super(
      `${result.failed.length} operations failed, ${result.notApplied.length} not applied${detail.replace(/\s+/g, " ").trimEnd()}`,
    );
  }
}

export function assertOperationsSucceeded(result: OperationsResult): OperationsResult {
  if (!result.success) throw new AyonOperationsError(result);
  return result;
}

export function operationsResource(http: AyonHttp) {
  async function sendChunk(project: string, operations: AyonOperation[], options: OperationsOptions) {
    const request = {
      operations: operations as Schemas["OperationModel"][],
      canFail: options.canFail ?? false,
      waitForEvents: options.waitForEvents ?? false,
    };
    const background =
      options.background === true ||
      ((options.background ?? "auto") === "auto" && operations.length > (options.backgroundThreshold ?? 2000));
    if (!background) {
      return body(
        http.POST("/api/projects/{project_name}/operations", {
          params: inProject(project),
          body: request,
          ...init(options),
        }),
      );
    }
    const task = await body(
      http.POST("/api/projects/{project_name}/operations/background", {
        params: inProject(project),
        body: request,
        ...init(options),
      }),
    );
    for (;;) {
      const status = await body(
        http.GET("/api/projects/{project_name}/operations/background/{task_id}", {
          params: { path: { project_name: project, task_id: task.id } },
          ...init(options),
        }),
      );
      if (status.status === "completed") {
        if (!status.result) throw new AyonError(`background operations ${task.id} completed without a result`);
        return status.result;
      }
      await sleep(options.pollIntervalMs ?? 500, options.signal);
    }
  }

  return {
    /**
     * Sends operations in chunks, in order, and checks every result (never the HTTP status alone).
     * Resolves with what happened; throws only when a request itself fails. Use
     * `assertOperationsSucceeded` to turn failed operations into an error.
     */
    async run(
      project: string,
      operations: AyonOperation[],
      options: OperationsOptions = {},
    ): Promise<OperationsResult> {
      const chunkSize = Math.max(1, options.chunkSize ?? 500);
      const result: OperationsResult = { success: true, operations: [], failed: [], notApplied: [] };
      for (let start = 0; start < operations.length; start += chunkSize) {
        const chunk = operations
          .slice(start, start + chunkSize)
          .map((operation) => ({ ...operation, id: operation.id ?? newEntityId() }));
        const answer = await sendChunk(project, chunk, options);
        const results = answer.operations ?? [];
        const failed = results.filter((item) => !item.success);
        result.operations.push(...results);
        result.failed.push(...failed);
        const chunkOk = answer.success === true && failed.length === 0 && results.length === chunk.length;
        options.onProgress?.(Math.min(start + chunk.length, operations.length), operations.length);
        if (chunkOk) continue;
        result.success = false;
        if (options.canFail) {
          const answered = new Set(results.map((item) => item.id));
          result.notApplied.push(...chunk.filter((operation) => !answered.has(operation.id)));
          continue;
        }
        // Atomic chunk: AYON stopped at the first failure; later chunks are not sent.
        const committed = rolledBack(failed[0]) ? new Set<string>() : succeededIds(results);
        result.notApplied.push(
          ...chunk.filter((operation) => !committed.has(operation.id)),
          ...operations.slice(start + chunkSize),
        );
        break;
      }
      return result;
    },
  };
}
