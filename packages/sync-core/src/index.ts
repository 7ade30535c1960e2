// Public API of @kitsu-ayon/sync-core.

export {
  type Checkpoint,
  type CheckpointStore,
  checkpointKey,
  createCheckpointWriter,
  createMemoryCheckpointStore,
  type DeadLetter,
} from "./engine/checkpoint.js";
export {
  type BatchReport,
  createSyncEngine,
  type EngineState,
  type Outage,
  type ProjectSelection,
  type ProjectStatus,
  type SubmitOutcome,
  type SyncEngine,
  type SyncEngineEvents,
  type SyncEngineOptions,
  type SyncEngineStatus,
} from "./engine/create-sync-engine.js";
export type { SyncEngineEmitter } from "./engine/engine-events.js";
export {
  classifyFailure,
  decideFailure,
  type FailureDecision,
  type FailureKind,
  type RetryPolicy,
  retryDelayMs,
} from "./engine/failure-policy.js";
export {
  DEFAULT_SYNC_HANDLERS,
  type DefaultSyncHandler,
  type DefaultSyncHandlerName,
  type HandlerContext,
  type ProjectPairing,
  type SyncErrorContext,
  type SyncErrorHandler,
  type SyncHandler,
  type SyncRequests,
} from "./engine/handlers.js";
export { Ledger } from "./engine/ledger.js";
export type { SyncMetrics, Timing } from "./engine/metrics.js";
export { type Schedulable, Scheduler, type SchedulerOptions } from "./engine/scheduler.js";
export { readKitsuSnapshot } from "./kitsu/read-snapshot.js";
export {
  type AnatomyOptions,
  anatomyItemName,
  DEFAULT_FOLDER_TYPES,
  DEFAULT_STATUS_ICONS,
  DEFAULT_STATUS_STATES,
  DEFAULT_TASK_TYPES,
  deriveShortName,
  desiredFolderTypes,
  desiredStatuses,
  desiredTaskTypes,
  type MappedAnatomyItems,
  STATE_ICONS,
  type StatusState,
  statusIcon,
  statusState,
} from "./mapping/anatomy.js";
export {
  type AttributeRow,
  FOLDER_ATTRIBUTE_ROWS,
  frameEndFromCount,
  type MappedAttributes,
  type MetadataMapping,
  mapAttributes,
  mapMetadata,
  PROJECT_ATTRIBUTE_ROWS,
  readPath,
  TASK_ATTRIBUTE_ROWS,
} from "./mapping/attributes.js";
export {
  type Converter,
  KITSU_PRIORITY_TO_AYON,
  parseNumber,
  resolutionPart,
  toBoolean,
  toCount,
  toFloat,
  toInteger,
  toIsoDateTime,
  toPositiveFloat,
  toPriority,
  toText,
} from "./mapping/converters.js";
export { desiredFolders, type FolderOptions, type MappedFolders } from "./mapping/desired-folders.js";
export { type AttributeRows, buildDesiredProject, type DesiredProjectOptions } from "./mapping/desired-project.js";
export { desiredTasks, type MappedTasks, type TaskContext, taskTitle } from "./mapping/desired-tasks.js";
export {
  defaultLayout,
  FALLBACK_ROOT,
  type GroupingFolder,
  LAYOUT_ROOTS,
  type Layout,
  type LayoutPlan,
} from "./mapping/layout.js";
export {
  AYON_LABEL_PATTERN,
  AYON_NAME_PATTERN,
  AYON_USER_NAME_PATTERN,
  ayonLabel,
  ayonName,
  FALLBACK_NAME,
  MAX_NAME_LENGTH,
  type SiblingName,
  slugify,
  toAscii,
  type UniqueNames,
  uniqueSiblingNames,
} from "./mapping/names.js";
export { type EntityKind, type KindedEntity, snapshotEntities } from "./mapping/snapshot-entities.js";
export {
  type AyonRole,
  ayonUserNames,
  DEFAULT_ROLE_MAP,
  type DesiredUser,
  derivedUserName,
  desiredUsers,
  type ExistingAyonUser,
  type KitsuRole,
  type MappedUsers,
  type MatchedBy,
  type MatchedUser,
  matchUsers,
  type UserChanges,
  type UserMatching,
  type UserOptions,
} from "./mapping/users.js";
export type {
  AttribValue,
  DesiredFolder,
  DesiredProject,
  DesiredStatus,
  DesiredTask,
  DesiredType,
  MappingWarning,
} from "./model/desired-state.js";
export type { KitsuSnapshot } from "./model/kitsu-snapshot.js";
export { type AnatomySyncResult, syncAnatomy } from "./reconcile/anatomy-sync.js";
export { type ExecuteOptions, type ExecuteResult, executePlan, type ReconcileFailure } from "./reconcile/execute.js";
export type { SyncEntity, SyncFilter, SyncHookContext, SyncHooks, SyncTransform } from "./reconcile/hooks.js";
export {
  findPairedProject,
  type Pairing,
  PairingError,
  type PairingOptions,
  pairProject,
  projectNameOf,
} from "./reconcile/pairing.js";
export { attribChanges, type CurrentProject, planReconcile } from "./reconcile/plan.js";
export type { FieldChange, PlannedAction, ReconcilePlan } from "./reconcile/plan-types.js";
export { readCurrentEntities, readCurrentProject } from "./reconcile/read-current.js";
export {
  type PartialRun,
  type ReconcileOptions,
  type ReconcileProgress,
  type ReconcileReport,
  reconcileProject,
  reconcileSnapshot,
  type SyncClients,
} from "./reconcile/reconcile-project.js";
export { excludeEntities, type ScopedDesired, type SyncScope, scopeDesired } from "./reconcile/scope.js";
export { syncUsers, type UserSyncOptions, type UserSyncResult } from "./reconcile/users-sync.js";
