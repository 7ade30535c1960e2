/** Why a response should be tried again (a short reason for the log), or undefined to keep it. */
export type RetryReason = (response: Response, idempotent: boolean) => string | undefined | Promise<string | undefined>;

export interface StatusRules {
  /** Statuses that mean the server did nothing (a rate limit, "busy"): retried whatever the method. */
  anyMethod?: readonly number[];
  /** Statuses a proxy may give after passing the request on (502, 504): retried for idempotent requests only. */
  idempotentOnly?: readonly number[];
}

/** A `RetryReason` from lists of statuses: `HTTP 503` for a status that is retried, else undefined. */
export function retryOnStatus(rules: StatusRules): (response: Response, idempotent: boolean) => string | undefined {
  return ({ status }, idempotent) => {
    const retried = rules.anyMethod?.includes(status) || (idempotent && rules.idempotentOnly?.includes(status));
    return retried ? `HTTP ${status}` : undefined;
  };
}
