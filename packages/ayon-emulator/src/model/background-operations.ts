import type { UserRecord } from "../state/records.js";
import { newEntityId } from "../state/rules.js";
import type { EmulatorState } from "../state/store.js";
import { type DispatchOrigin, dispatchEvents } from "./event-dispatch.js";
import type { Operation, OperationsResponse } from "./operation-types.js";
import { processOperations } from "./operations.js";
import { withProjectLock } from "./project-lock.js";

/** BackgroundOperationsResponseModel, as kept in Redis (api/operations/operations.py). */
export interface BackgroundTask {
  id: string;
  status: "pending" | "in_progress" | "completed";
  progress: number | null;
  result: OperationsResponse | null;
  expiresAt: number;
}

/** BACKGROUND_OPS_TTL: a task's status can be read for 30 minutes. */
const TTL_MS = 1_800_000;
/** Operations run per event-loop turn, so status requests are answered while a batch runs. */
const SLICE = 50;

const registry = new WeakMap<EmulatorState, Map<string, BackgroundTask>>();

function tasksOf(state: EmulatorState): Map<string, BackgroundTask> {
  let tasks = registry.get(state);
  if (!tasks) {
    tasks = new Map();
    registry.set(state, tasks);
  }
  return tasks;
}

export function findBackgroundTask(state: EmulatorState, id: string): BackgroundTask | undefined {
  const tasks = tasksOf(state);
  const task = tasks.get(id);
  if (task && task.expiresAt < Date.now()) {
    tasks.delete(id);
    return undefined;
  }
  return task;
}

export interface BackgroundRequest {
  projectName: string;
  caller: UserRecord;
  operations: Operation[];
  canFail: boolean;
  origin: DispatchOrigin;
}

/** Registers a pending task and runs it after the response is sent. */
export function startBackgroundOperations(state: EmulatorState, request: BackgroundRequest): BackgroundTask {
  const task: BackgroundTask = {
    id: newEntityId(),
    status: "pending",
    progress: null,
    result: null,
    expiresAt: Date.now() + TTL_MS,
  };
  tasksOf(state).set(task.id, task);
  setImmediate(() => {
    runBackgroundTask(state, task, request).catch(() => {
      // An exception escaping AYON's background task (a duplicate operation, a missing asUser)
      // leaves the stored status as it was: "in_progress" until it expires.
    });
  });
  return task;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function runBackgroundTask(state: EmulatorState, task: BackgroundTask, request: BackgroundRequest) {
  await withProjectLock(state, request.projectName, async () => {
    task.status = "in_progress";
    task.progress = 0;
    const project = state.projects.get(request.projectName.toLowerCase());
    if (!project) throw new Error(`Project ${request.projectName} no longer exists`);
    const { response, events } = await processOperations(state, project, request.caller, request.operations, {
      canFail: request.canFail,
      raiseOnError: false,
      onProgress: (index, total) => {
        task.progress = total ? (index / total) * 100 : 0;
        return index > 0 && index % SLICE === 0 ? nextTurn() : undefined;
      },
    });
    dispatchEvents(state, request.origin, events);
    task.status = "completed";
    task.result = response;
    task.progress = 100;
  });
}

export const backgroundTaskView = (task: BackgroundTask) => ({
  id: task.id,
  status: task.status,
  progress: task.progress,
  result: task.result,
});
