import type { AyonClient, AyonOperationResult } from "@kitsu-ayon/ayon-sdk";
import { operationOf } from "./operations-of.js";
import type { PlannedAction, ReconcilePlan } from "./plan-types.js";

/** An entity AYON refused: the run went on without it. */
export interface ReconcileFailure {
  kitsuId: string;
  entity: "folder" | "task";
  action: PlannedAction["kind"];
  /** The AYON path, or the name for something not created. */
  path: string;
  status: number;
  errorCode?: string;
  reason: string;
}

export interface ExecuteOptions {
  /** Operations per request. @default 500 */
  chunkSize?: number;
  /**
   * A folder AYON will not delete (it holds published products) is deactivated instead, or left as
   * it is. Either way it is reported once, and the next run tries the same once again. @default "deactivate"
   */
  protectedFolders?: "deactivate" | "leave";
  signal?: AbortSignal;
}

export interface ExecuteResult {
  /** Operations AYON applied. */
  writes: number;
  requests: number;
  failures: ReconcileFailure[];
}

const describe = (action: PlannedAction) =>
  action.kind === "create"
    ? { kitsuId: action.desired.key, path: action.desired.name }
    : { kitsuId: action.key, path: action.path };

function failureOf(action: PlannedAction, result: AyonOperationResult | undefined): ReconcileFailure {
  return {
    ...describe(action),
    entity: action.entity,
    action: action.kind,
    status: result?.status ?? 0,
    ...(result?.errorCode ? { errorCode: result.errorCode } : {}),
    reason: result?.detail ?? "not applied",
  };
}

/**
 * Applies a plan with chunked batch operations in plan order. Every operation stands alone
 * (`canFail`): one entity AYON refuses is reported with its Kitsu id, path and reason, and the others
 * are applied; children of a folder that could not be created fail with it and are reported too.
 */
export async function executePlan(
  ayon: AyonClient,
  project: string,
  plan: ReconcilePlan,
  options: ExecuteOptions = {},
): Promise<ExecuteResult> {
  const operations = plan.actions.map(operationOf);
  const result: ExecuteResult = { writes: 0, requests: 0, failures: [] };
  if (operations.length === 0) return result;
  const chunkSize = options.chunkSize ?? 500;
  const run = await ayon.operations.run(project, operations, {
    canFail: true,
    chunkSize,
    background: "auto",
    ...(options.signal ? { signal: options.signal } : {}),
  });
  result.requests += Math.ceil(operations.length / chunkSize);
  const byId = new Map(run.operations.map((item) => [item.id, item]));
  const refusedDeletes: PlannedAction[] = [];
  plan.actions.forEach((action, index) => {
    const answer = byId.get(`op${index}`);
    if (answer?.success) {
      result.writes++;
      return;
    }
    // Deactivated once; a folder already inactive is not written again, so a rerun stays a no-op.
    if (action.kind === "delete" && action.entity === "folder" && answer?.status === 409 && action.active)
      refusedDeletes.push(action);
    result.failures.push(failureOf(action, answer));
  });
  if (refusedDeletes.length && (options.protectedFolders ?? "deactivate") === "deactivate") {
    const deactivate = refusedDeletes.map((action, index) => ({
      id: `deactivate${index}`,
      type: "update" as const,
      entityType: "folder" as const,
      entityId: action.id,
      data: { active: false },
    }));
    const fallback = await ayon.operations.run(project, deactivate, { canFail: true, chunkSize });
    result.requests += Math.ceil(deactivate.length / chunkSize);
    result.writes += fallback.operations.filter((item) => item.success).length;
    for (const failed of fallback.failed) {
      const action = refusedDeletes[Number(failed.id.slice("deactivate".length))];
      if (action)
        result.failures.push({
          ...failureOf(action, failed),
          action: "update",
          reason: `deactivation refused: ${failed.detail ?? ""}`,
        });
    }
  }
  return result;
}
