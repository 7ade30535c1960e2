export type { AyonAuth } from "./client/auth.js";
export { type AyonClient, type AyonClientOptions, createAyonClient } from "./client/create-ayon-client.js";
export type { RetryOptions } from "./client/retry-policy.js";
export {
  AyonConflictError,
  AyonConnectionError,
  AyonError,
  AyonForbiddenError,
  AyonGraphqlError,
  AyonHttpError,
  AyonInvalidCredentialsError,
  AyonLockedError,
  AyonNotFoundError,
  AyonRequestError,
  type AyonRequestInfo,
  AyonServerError,
  AyonServiceUnavailableError,
  AyonTimeoutError,
  AyonUnauthorizedError,
  AyonValidationError,
  AyonWrongUrlError,
  type GraphqlErrorItem,
  isAyonRefusal,
} from "./errors.js";
export type { AyonChangeStream, AyonChangeStreamOptions } from "./events/change-stream.js";
export type { AyonChangeCursor } from "./events/change-window.js";
export type {
  EnrollJob,
  EnrollJobContext,
  EnrollRequest,
  EnrollWorker,
  EnrollWorkerOptions,
  JobOutcome,
} from "./events/enroll-worker.js";
export type {
  AyonLiveMessage,
  LiveFeed,
  LiveFeedOptions,
  WebSocketConstructor,
  WebSocketLike,
} from "./events/live-feed.js";
export type { AyonChange } from "./events/own-changes.js";
export type { components as AyonApiComponents, paths as AyonApiPaths } from "./generated/ayon-api.js";
export type * as AyonGraphql from "./generated/ayon-graphql.js";
export type { Logger } from "./logger.js";
export type {
  ActivityCreate,
  ActivityEntity,
  ActivityEntityType,
  ActivityPage,
  ActivityPatch,
  ActivityType,
  CommentOptions,
  FileUpload,
} from "./resources/activities.js";
export type {
  ActivityFile,
  ActivityFilter,
  ActivityOrigin,
  ActivityReaction,
  ActivityReferenceType,
  AyonActivity,
} from "./resources/activity-feed.js";
export { type AnatomyItem, type AnatomyMergeResult, mergeAnatomyItems } from "./resources/anatomy.js";
export type {
  AyonFolderNode,
  AyonTaskNode,
  BulkReadOptions,
  QueryCondition,
  QueryFilter,
} from "./resources/entities.js";
export type {
  AyonEvent,
  AyonEventListItem,
  AyonEventStatus,
  DispatchEventRequest,
  DispatchResult,
  EventFilter,
  EventPage,
  UpdateEventRequest,
} from "./resources/events.js";
export type { AyonFolder, FolderCreate, FolderPatch } from "./resources/folders.js";
export type { Connection, GraphqlQuery } from "./resources/graphql.js";
export type { AyonHttp, CallOptions } from "./resources/http.js";
export { type MentionTarget, mention, mentionUser } from "./resources/mentions.js";
export {
  type AyonEntityType,
  type AyonOperation,
  type AyonOperationResult,
  AyonOperationsError,
  assertOperationsSucceeded,
  newEntityId,
  type OperationsOptions,
  type OperationsResult,
} from "./resources/operations.js";
export type {
  AnatomyChanges,
  AyonProject,
  DeployProjectRequest,
  EnsureAnatomyResult,
  ProjectPatch,
} from "./resources/projects.js";
export type { AssignMode, AyonTask, TaskCreate, TaskPatch } from "./resources/tasks.js";
export type { AyonUser, AyonUserListItem, UserCreate, UserFilter, UserPatch } from "./resources/users.js";
