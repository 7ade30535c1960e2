import { deleteFile } from "../activities/project-files.js";
import { isManager } from "../http/context.js";
import { validationError } from "../http/errors.js";
import type { HandlerInput, HandlerResult, Router } from "../http/router.js";
import { badRequestException, forbiddenException, foreignKeyViolation, notFoundException } from "../model/failures.js";
import { dashedUuid } from "../model/hierarchy.js";
import { PATH_ENTITY_ID_PATTERN } from "../model/patterns.js";
import type { PydanticError } from "../model/pydantic.js";
import { ayonRoute, callerOf, pathParam, projectOf } from "../model/route-support.js";
import { type ProjectFileRecord, projectActivities } from "../state/activity-records.js";
import type { ProjectRecord } from "../state/records.js";
import { newEntityId } from "../state/rules.js";

// api/files/files.py: project files (comment attachments), kept in memory. Thumbnails, video
// stills and range requests are not served.

export function registerFileRoutes(router: Router): void {
  const collection = "/api/projects/:projectName/files";
  const item = `${collection}/:fileId`;
  router.add("POST", collection, ayonRoute(uploadFile), { rawBody: true });
  router.add("DELETE", item, ayonRoute(removeFile));
  router.add("HEAD", item, ayonRoute(fileHead));
  router.add("GET", item, ayonRoute(getFile));
  router.add("GET", `${item}/info`, ayonRoute(fileInfo));
  router.add("GET", `${item}/payload`, ayonRoute(filePayload));
}

const header = (input: HandlerInput, name: string): string | undefined => {
  const value = input.request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** An optional id header with EntityID.META (32 characters, lowercase hex). */
function idHeader(input: HandlerInput, alias: string, errors: PydanticError[]): string | undefined {
  const value = header(input, alias.toLowerCase());
  if (value === undefined) return undefined;
  const loc = ["header", alias];
  if (value.length !== 32) {
    const short = value.length < 32;
    errors.push({
      loc,
      msg: `ensure this value has ${short ? "at least" : "at most"} 32 characters`,
      type: `value_error.any_str.${short ? "min_length" : "max_length"}`,
      ctx: { limit_value: 32 },
    });
  } else if (!PATH_ENTITY_ID_PATTERN.test.test(value)) {
    errors.push({
      loc,
      msg: `string does not match regex "${PATH_ENTITY_ID_PATTERN.source}"`,
      type: "value_error.str.regex",
      ctx: { pattern: PATH_ENTITY_ID_PATTERN.source },
    });
  }
  return value;
}

/** `dep_x_content_type`: `type/subtype`, the type a token. */
function contentTypeOf(value: string): string {
  const parts = value.split("/");
  if (parts.length !== 2 || !parts.every(Boolean) || !/^[a-z0-9!#$&^_.+-]+$/i.test(parts[0] as string)) {
    throw badRequestException("Invalid content type");
  }
  return value;
}

/**
 * `POST /api/projects/{project}/files`: the body is the file; `x-file-name` and `content-type` are
 * required, `X-File-ID` chooses the id (an existing file is overwritten) and `X-Activity-ID` links
 * the file to an activity, which must exist. 201 `{ id }`.
 */
function uploadFile(input: HandlerInput): HandlerResult {
  const context = callerOf(input);
  const project = projectOf(input.state, input, context);
  const errors: PydanticError[] = [];
  const fileName = header(input, "x-file-name");
  if (fileName === undefined)
    errors.push({ loc: ["header", "x-file-name"], msg: "field required", type: "value_error.missing" });
  const rawType = header(input, "content-type");
  if (rawType === undefined)
    errors.push({ loc: ["header", "content-type"], msg: "field required", type: "value_error.missing" });
  const contentType = rawType === undefined ? undefined : contentTypeOf(rawType);
  const fileId = idHeader(input, "X-File-ID", errors);
  const activityId = idHeader(input, "X-Activity-ID", errors);
  if (errors.length > 0) throw validationError(input.method, input.path, errors);
  const store = projectActivities(project);
  if (activityId !== undefined && !store.activities.has(activityId)) {
    throw foreignKeyViolation("activity_id", dashedUuid(activityId), "activities");
  }
  const id = fileId ?? newEntityId();
  const content = Buffer.isBuffer(input.body) ? input.body : Buffer.alloc(0);
  const existing = store.files.get(id);
  const now = input.state.now();
  const record: ProjectFileRecord = {
    id,
    size: content.length,
    author: context.user.name,
    activityId: activityId ?? null,
    data: { ...existing?.data, filename: fileName as string, mime: contentType as string },
    content,
    createdAt: existing?.createdAt ?? now,
    updatedAt: existing?.updatedAt ?? now,
  };
  store.files.set(id, record);
  return { status: 201, body: { id } };
}

function fileOf(input: HandlerInput): { project: ProjectRecord; file: ProjectFileRecord | undefined; id: string } {
  const context = callerOf(input);
  const project = projectOf(input.state, input, context);
  const id = pathParam(input, "fileId", "entityId");
  return { project, file: projectActivities(project).files.get(id), id };
}

const fileHeaders = (file: ProjectFileRecord): Record<string, string> => ({
  "content-length": String(file.size),
  "content-type": String(file.data.mime),
  "content-disposition": `inline; filename="${String(file.data.filename)}"`,
});

function existing(input: HandlerInput) {
  const found = fileOf(input);
  if (!found.file) throw notFoundException("File not found");
  return { ...found, file: found.file };
}

/** `DELETE .../files/{file_id}`: the author or a manager; 204. */
function removeFile(input: HandlerInput): HandlerResult {
  const { project, file } = existing(input);
  const user = callerOf(input).user;
  if (!isManager(user) && file.author !== user.name) {
    throw forbiddenException("User does not have permission to delete the file");
  }
  deleteFile(project, file.id);
  return { status: 204 };
}

function fileHead(input: HandlerInput): HandlerResult {
  return { status: 200, headers: fileHeaders(existing(input).file) };
}

/** `GET .../files/{file_id}`: local storage redirects to the payload. */
function getFile(input: HandlerInput): HandlerResult {
  const { project, file } = existing(input);
  return { status: 302, headers: { location: `/api/projects/${project.name}/files/${file.id}/payload` } };
}

function filePayload(input: HandlerInput): HandlerResult {
  const { file } = existing(input);
  return { status: 200, body: file.content, headers: fileHeaders(file) };
}

/** `GET .../files/{file_id}/info`: FileInfo `{ size, filename, contentType }`. */
function fileInfo(input: HandlerInput): HandlerResult {
  const { project, file, id } = fileOf(input);
  if (!file) throw notFoundException(`File ${id} not found on ${project.name} local storage`);
  return {
    status: 200,
    body: { size: file.size, filename: String(file.data.filename), contentType: String(file.data.mime) },
  };
}
