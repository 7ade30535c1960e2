/** A step of the local Kitsu harness failed; `logTail` holds the last lines the failing program printed. */
export class LocalKitsuError extends Error {
  override readonly name = "LocalKitsuError";
  readonly step: string;
  readonly logTail: string;

  constructor(step: string, message: string, options: { logTail?: string; cause?: unknown } = {}) {
    const tail = options.logTail?.trim() ?? "";
    super(tail ? `${step}: ${message}\n--- last output ---\n${tail}` : `${step}: ${message}`, {
      cause: options.cause,
    });
    this.step = step;
    this.logTail = tail;
  }
}
