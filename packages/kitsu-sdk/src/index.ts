export type { KitsuAuth, KitsuPasswordAuth, KitsuTokenAuth } from "./client/auth.js";
export {
  createKitsuClient,
  defaultEventsUrl,
  type KitsuClient,
  type KitsuClientOptions,
} from "./client/create-kitsu-client.js";
export type { RetryOptions } from "./client/retry-policy.js";
export {
  isKitsuRefusal,
  KitsuAuthenticationError,
  KitsuBadRequestError,
  KitsuConnectionError,
  KitsuError,
  KitsuHttpError,
  KitsuInactiveAccountError,
  KitsuInvalidCredentialsError,
  KitsuNotFoundError,
  KitsuPermissionError,
  KitsuRateLimitError,
  KitsuRequestError,
  type KitsuRequestInfo,
  KitsuServerError,
  KitsuTimeoutError,
  KitsuTwoFactorRequiredError,
  KitsuWrongUrlError,
} from "./errors.js";
export {
  isKitsuEventName,
  isLiveOnlyKitsuEvent,
  KITSU_EVENT_NAMES,
  KITSU_LIVE_ONLY_EVENT_NAMES,
  type KitsuEventName,
  type KitsuLiveOnlyEventName,
} from "./events/catalogue.js";
export type { KitsuEventCursor } from "./events/delivery-window.js";
export { createKitsuEventDispatcher, type KitsuEventDispatcher } from "./events/event-dispatcher.js";
export type { KitsuLoggedEvent } from "./events/event-log.js";
export type { KitsuEventStream, KitsuEventStreamOptions } from "./events/event-stream.js";
export { isKitsuEvent, type KitsuEvent, type KitsuLiveEvent, type TypedKitsuEvent } from "./events/kitsu-event.js";
export { isOwnEvent } from "./events/own-event.js";
export type { KitsuEventPayload, KitsuEventPayloads } from "./events/payloads.js";
export type { components as KitsuApiComponents, paths as KitsuApiPaths } from "./generated/kitsu-api.js";
export type { Logger } from "./logger.js";
export type { DeleteOptions } from "./resources/delete-options.js";
export type { CallOptions, KitsuHttp, Schemas as KitsuSchemas } from "./resources/http.js";
export type { PersonFilter } from "./resources/persons.js";
export type { PreviewOptions } from "./resources/previews.js";
export type { CommentOptions, TaskFilter } from "./resources/tasks.js";
export type { KitsuUpload } from "./resources/uploads.js";
