/** A scripted `fetch` for unit tests of the pipeline: each call is recorded and answered by `respond`. */
export interface Call {
  method: string;
  path: string;
  authorization: string | null;
  body: string;
}

export function scriptedFetch(respond: (call: Call, index: number) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch = async (request: Request) => {
    const call = {
      method: request.method,
      path: new URL(request.url).pathname,
      authorization: request.headers.get("authorization"),
      body: await request.text(),
    };
    calls.push(call);
    return respond(call, calls.length - 1);
  };
  return { fetch, calls };
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

export const networkError = (code: string) =>
  Object.assign(new TypeError("fetch failed"), { cause: Object.assign(new Error(code), { code }) });

/** A 200 whose JSON body stops after `start`: the connection stays open and sends nothing more. */
export const stalledJson = (start: string) =>
  new Response(new ReadableStream<Uint8Array>({ start: (body) => body.enqueue(new TextEncoder().encode(start)) }), {
    headers: { "content-type": "application/json" },
  });

/** A 200 whose JSON body breaks off after `start`, as when the connection drops midway. */
export const cutJson = (start: string) =>
  new Response(
    new ReadableStream<Uint8Array>({
      start(body) {
        body.enqueue(new TextEncoder().encode(start));
        body.error(Object.assign(new TypeError("terminated"), { cause: { code: "UND_ERR_SOCKET" } }));
      },
    }),
    { headers: { "content-type": "application/json" } },
  );
