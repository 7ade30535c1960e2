/**
 * `work`, or a rejection with the signal's reason as soon as the signal aborts. Timeouts use it so they
 * do not depend on the fetch implementation: Node's fetch follows a request's signal through weak
 * references and can miss an abort. `discard` receives a value that arrives after the abort, to
 * release it (a response's connection).
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal, discard?: (late: T) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
    work
      .then((value) => {
        if (signal.aborted) discard?.(value);
        resolve(value);
      }, reject)
      .finally(() => signal.removeEventListener("abort", onAbort));
  });
}
