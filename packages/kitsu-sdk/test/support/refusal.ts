/**
 * The error a call failed with; fails when the call succeeded. Awaiting each call at once keeps a
 * rejection from going unhandled while other calls are checked.
 */
export async function refusal(call: Promise<unknown>): Promise<unknown> {
  try {
    await call;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to be refused, and it succeeded");
}
