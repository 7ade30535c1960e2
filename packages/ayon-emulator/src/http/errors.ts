/**
 * An error the emulator answers with AYON's envelope: `{ code, detail }`, plus `errorCode` for
 * database-level failures (`unique-violation`, `foreign-key-violation`, ...), as
 * ayon_server/api/logging.py and ayon_server/lib/postgres_exceptions.py do.
 */
export class EmulatorHttpError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly errorCode?: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
  }

  envelope(): Record<string, unknown> {
    return {
      code: this.status,
      detail: this.detail,
      ...(this.errorCode === undefined ? {} : { errorCode: this.errorCode }),
      ...this.extra,
    };
  }
}

export const badRequest = (detail: string, errorCode?: string) => new EmulatorHttpError(400, detail, errorCode);
export const unauthorized = (detail = "Access token is missing") => new EmulatorHttpError(401, detail);
export const forbidden = (detail: string) => new EmulatorHttpError(403, detail);
export const notFound = (detail: string) => new EmulatorHttpError(404, detail);
export const conflict = (detail: string, errorCode?: string) => new EmulatorHttpError(409, detail, errorCode);

/**
 * A request validation failure: AYON's custom handler answers 400 (not FastAPI's 422) with
 * `{ code: 400, detail: "Request validation error in [METHOD] /path", path, errors }`.
 */
export function validationError(
  method: string,
  path: string,
  errors: { loc: (string | number)[]; msg: string; type: string }[],
): EmulatorHttpError {
  return new EmulatorHttpError(400, `Request validation error in [${method}] ${path}`, undefined, { path, errors });
}
