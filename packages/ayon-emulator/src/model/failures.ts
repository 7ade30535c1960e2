import { EmulatorHttpError } from "../http/errors.js";

/**
 * AYON's `AyonException` (ayon_server/exceptions.py): an HTTP status and a detail, plus a `code` that
 * only ever appears in operation results (`errorCode`), never in an HTTP error body. The code is
 * derived from the exception class's default detail ("Not found" -> "not-found"), not from the
 * detail actually given.
 */
export class AyonException extends EmulatorHttpError {
  constructor(
    status: number,
    detail: string,
    readonly code: string,
    /**
     * Raised while translating a failed SQL statement, which has aborted the transaction (so an
     * atomic batch rolls back although AYON's own code raised it). @default false
     */
    readonly fromDatabase = false,
  ) {
    super(status, detail);
  }
}

export const badRequestException = (detail: string) => new AyonException(400, detail, "bad-request");
export const unauthorizedException = (detail: string) => new AyonException(401, detail, "not-logged-in");
export const forbiddenException = (detail = "Forbidden") => new AyonException(403, detail, "forbidden");
export const notFoundException = (detail: string) => new AyonException(404, detail, "not-found");
export const conflictException = (detail: string) => new AyonException(409, detail, "conflict");
export const constraintViolationException = (detail: string, code = "constraint-violation") =>
  new AyonException(409, detail, code);
/**
 * ProjectLevelEntity.delete turns the ForeignKeyViolationError of a folder that still holds products
 * into a ConstraintViolationException (ayon_server/entities/core/projectlevel.py); the failed DELETE
 * has aborted the transaction by then.
 */
export const deleteFolderWithChildrenException = () =>
  new AyonException(409, "Unable to delete a folder with products or tasks.", "delete-folder-with-children", true);
export const lowPasswordComplexityException = (detail: string) =>
  new AyonException(400, detail, "password-does-not-meet-complexity-requirements");

/**
 * A PostgreSQL integrity violation, worded as ayon_server/lib/postgres_exceptions.py words it.
 * Inside operations it becomes a failed operation; anywhere else AYON's logging middleware answers
 * HTTP 500 with `{ code: <409|400>, error, detail, path }`.
 */
export class IntegrityViolation extends Error {
  constructor(
    readonly status: 400 | 409,
    detail: string,
    readonly errorCode: "not-null-violation" | "foreign-key-violation" | "unique-violation",
  ) {
    super(detail);
  }
}

export const notNullViolation = (column: string) =>
  new IntegrityViolation(400, `Missing required field: ${column}`, "not-null-violation");

/** `folder_type 'Foo' is not present in table "folder_types".` */
export const foreignKeyViolation = (column: string, value: string, table: string) =>
  new IntegrityViolation(409, `${column} '${value}' is not present in table "${table}".`, "foreign-key-violation");

/** `name 'Approved' is still referenced from table "folders".` */
export const stillReferencedViolation = (column: string, value: string, table: string) =>
  new IntegrityViolation(
    409,
    `${column} '${value}' is still referenced from table "${table}".`,
    "foreign-key-violation",
  );

/**
 * `Folder with parent_id, lower(name::text) '<uuid>, sh010' already exists.`: the record type is
 * the table name without its trailing "s", capitalised, exactly as upstream builds it.
 */
export function uniqueViolation(table: string, key: string, value: string): IntegrityViolation {
  const trimmed = table.replace(/s+$/, "");
  const recordType = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return new IntegrityViolation(409, `${recordType} with ${key} '${value}' already exists.`, "unique-violation");
}

/**
 * A failure AYON does not translate (an `AssertionError`, a `ValueError`, an asyncpg data error): a
 * failed operation with status 500 and no error code, or an HTTP 500. "database": an error
 * PostgreSQL raised, which aborts the transaction.
 */
export class InternalFailure extends Error {
  constructor(
    detail: string,
    readonly kind: "assertion" | "exception" | "database" = "exception",
  ) {
    super(detail);
  }
}

/** PostgreSQL's refusal of a NUL character in a `jsonb` value, as asyncpg words it. */
export const nulInJsonFailure = () =>
  new InternalFailure("unsupported Unicode escape sequence\nDETAIL:  \\u0000 cannot be converted to text.", "database");
