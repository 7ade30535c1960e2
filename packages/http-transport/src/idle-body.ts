import { untilAborted } from "./until-aborted.js";

export interface IdleGuard {
  /** The longest wait for the next bytes of the body. */
  timeoutMs: number;
  /** Aborts the exchange: called when the server sent nothing for `timeoutMs`. */
  expire: () => void;
  /** Aborted by `expire` or by the caller; a read waiting for bytes stops at once. */
  signal: AbortSignal;
  /** The error the body fails with, from what stopped the read. */
  failure: (error: unknown) => unknown;
}

/**
 * `body` as a stream that fails when the server goes quiet: each read the consumer asks for must get
 * bytes within `timeoutMs`. The clock runs only while a read waits on the server, so a slow reader is
 * never cut off, and a body that keeps coming may take as long as it takes.
 */
export function idleBounded(body: ReadableStream<Uint8Array>, guard: IdleGuard): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const timer = setTimeout(guard.expire, guard.timeoutMs);
        try {
          const chunk = await untilAborted(reader.read(), guard.signal);
          if (chunk.done) controller.close();
          else controller.enqueue(chunk.value);
        } catch (error) {
          reader.cancel(error).catch(() => {});
          controller.error(guard.failure(error));
        } finally {
          clearTimeout(timer);
        }
      },
      cancel: (reason) => reader.cancel(reason),
    },
    // Nothing is read ahead of the consumer: a read starts only when the consumer asks for one.
    { highWaterMark: 0 },
  );
}
