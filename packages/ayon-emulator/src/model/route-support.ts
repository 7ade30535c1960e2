import { unauthorized, validationError } from "../http/errors.js";
import type { Handler, HandlerInput, HandlerResult } from "../http/router.js";
import type { ProjectRecord, RequestContext } from "../state/records.js";
import type { EmulatorState } from "../state/store.js";
import { ensureProjectAccess } from "./access.js";
import { IntegrityViolation, InternalFailure, notFoundException } from "./failures.js";
import { PATH_ENTITY_ID_PATTERN, PROJECT_NAME_PATTERN, USER_NAME_PATTERN } from "./patterns.js";
import { type ModelSpec, ModelValidationError, type ParsedModel, type PydanticError, parseModel } from "./pydantic.js";

/**
 * Wraps a handler so failures AYON's logging middleware turns into 500s get AYON's bodies:
 * an integrity violation outside operations (`{code: 409, error, detail, path}` with HTTP 500), an
 * AssertionError, or any other unhandled exception.
 */
export function ayonRoute(handler: Handler): Handler {
  return async (input) => {
    try {
      return await handler(input);
    } catch (error) {
      return failureResponse(error, input.method, input.path);
    }
  };
}

function failureResponse(error: unknown, method: string, path: string): HandlerResult {
  const where = `[${method}] ${path.replace(/^\/api/, "")}`;
  if (error instanceof IntegrityViolation) {
    return { status: 500, body: { path: where, detail: error.message, error: error.errorCode, code: error.status } };
  }
  if (error instanceof InternalFailure && error.kind === "assertion") {
    return { status: 500, body: { path: where, detail: error.message, status: 500 } };
  }
  if (error instanceof ModelValidationError) {
    return {
      status: 500,
      body: { status: 500, detail: `pydantic.error_wrappers.ValidationError: ${error.message}`, traceback: "" },
    };
  }
  if (error instanceof InternalFailure)
    return { status: 500, body: { status: 500, detail: error.message, traceback: "" } };
  throw error;
}

/** The caller of a route that requires authentication. */
export function callerOf(input: HandlerInput): RequestContext {
  if (!input.context) throw unauthorized();
  return input.context;
}

/** FastAPI request-body validation: a 400 listing every error, located under `body`. */
export function parseBody(spec: ModelSpec, input: HandlerInput): ParsedModel {
  if (input.body === undefined) {
    throw validationError(input.method, input.path, [
      { loc: ["body"], msg: "field required", type: "value_error.missing" },
    ]);
  }
  try {
    return parseModel(spec, input.body, ["body"]);
  } catch (error) {
    if (error instanceof ModelValidationError) throw validationError(input.method, input.path, error.errors);
    throw error;
  }
}

type PathRule = "project" | "user" | "entityId";

/** A path parameter checked like the route's dependency (regex, and 32 characters for ids). */
export function pathParam(input: HandlerInput, key: string, rule: PathRule): string {
  const value = input.params[key] ?? "";
  const loc = ["path", key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)];
  const error = pathError(value, rule);
  if (error) throw validationError(input.method, input.path, [{ loc, ...error }]);
  return value;
}

function pathError(value: string, rule: PathRule): Omit<PydanticError, "loc"> | undefined {
  const pattern =
    rule === "project" ? PROJECT_NAME_PATTERN : rule === "user" ? USER_NAME_PATTERN : PATH_ENTITY_ID_PATTERN;
  if (rule === "entityId" && value.length !== 32) {
    const tooShort = value.length < 32;
    return {
      msg: `ensure this value has ${tooShort ? "at least" : "at most"} 32 characters`,
      type: `value_error.any_str.${tooShort ? "min_length" : "max_length"}`,
      ctx: { limit_value: 32 },
    };
  }
  if (pattern.test.test(value)) return undefined;
  return {
    msg: `string does not match regex "${pattern.source}"`,
    type: "value_error.str.regex",
    ctx: { pattern: pattern.source },
  };
}

const TRUE = new Set(["1", "on", "t", "true", "y", "yes"]);
const FALSE = new Set(["0", "off", "f", "false", "n", "no"]);

/** A boolean query parameter as FastAPI parses it. */
export function queryBool(input: HandlerInput, name: string): boolean | undefined {
  const raw = input.query.get(name);
  if (raw === null) return undefined;
  const lower = raw.toLowerCase();
  if (TRUE.has(lower)) return true;
  if (FALSE.has(lower)) return false;
  throw validationError(input.method, input.path, [
    { loc: ["query", name], msg: "value could not be parsed to a boolean", type: "type_error.bool" },
  ]);
}

/**
 * The `ProjectName` dependency: the name's regex, the caller's access to it (checked first, so a
 * user without access gets 403 even for a project that does not exist), then the project itself.
 */
export function projectOf(state: EmulatorState, input: HandlerInput, context: RequestContext): ProjectRecord {
  const name = pathParam(input, "projectName", "project");
  ensureProjectAccess(context.user, name);
  const project = state.projects.get(name.toLowerCase());
  if (!project) throw notFoundException(`Project ${name.toLowerCase()} not found`);
  return project;
}
