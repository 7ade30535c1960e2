import { type AyonHttp, body, type CallOptions, done, init } from "./http.js";

/**
 * AYON secrets (`/api/secrets`): values for admins and service users, names for managers. Addons
 * keep credentials there, e.g. the Kitsu login the Python addon uses.
 */
export function secretsResource(http: AyonHttp) {
  const at = (secret_name: string) => ({ path: { secret_name } });
  return {
    /** The value of a secret; `AyonNotFoundError` when there is none. */
    get: async (name: string, o: CallOptions = {}): Promise<string> => {
      const secret = await body(http.GET("/api/secrets/{secret_name}", { params: at(name), ...init(o) }));
      return secret.value ?? "";
    },
    set: (name: string, value: string, o: CallOptions = {}) =>
      done(http.PUT("/api/secrets/{secret_name}", { params: at(name), body: { value }, ...init(o) })),
    delete: (name: string, o: CallOptions = {}) =>
      done(http.DELETE("/api/secrets/{secret_name}", { params: at(name), ...init(o) })),
  };
}

/** Installed addons. */
export function addonsResource(http: AyonHttp) {
  return {
    /** An addon's studio settings (with studio overrides), as its services read them. */
    settings: (name: string, version: string, o: CallOptions & { variant?: string } = {}) =>
      body(
        http.GET("/api/addons/{addon_name}/{addon_version}/settings", {
          params: {
            path: { addon_name: name, addon_version: version },
            ...(o.variant ? { query: { variant: o.variant } } : {}),
          },
          ...init(o),
        }),
      ) as Promise<Record<string, unknown>>,
  };
}
