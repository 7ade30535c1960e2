/** The response with another body; status, status text, headers and URL are kept. */
export function replaceBody(response: Response, body: ReadableStream<Uint8Array> | ArrayBuffer): Response {
  const replaced = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  // A constructed Response has an empty `url`; callers use it in their messages.
  if (response.url) Object.defineProperty(replaced, "url", { value: response.url });
  return replaced;
}

/** The response with its body read into memory, so reading it later cannot fail on the network. */
export async function bufferBody(response: Response): Promise<Response> {
  if (response.body === null) return response;
  return replaceBody(response, await response.arrayBuffer());
}
