import { isAdmin, isManager } from "../http/context.js";
import { badRequest, forbidden, notFound } from "../http/errors.js";
import type { Router } from "../http/router.js";

/** Secret names: AYON's `SecretName` dependency (letters, digits, `_` and `-`). */
const SECRET_NAME = /^[a-zA-Z0-9_-]+$/;

/**
 * `/api/secrets` (api/system/secrets.py): managers list the names, admins (service users included,
 * as `UserEntity.is_admin` counts them) read and write values; names starting with `_` are internal.
 */
export function registerSecretRoutes(router: Router): void {
  router.add("GET", "/api/secrets", ({ state, context }) => {
    if (!context || !isManager(context.user)) throw forbidden("Forbidden");
    const admin = isAdmin(context.user);
    return {
      status: 200,
      body: [...state.secrets]
        .filter(([name]) => !name.startsWith("_"))
        .map(([name, value]) => (admin ? { name, value } : { name })),
    };
  });
  router.add("GET", "/api/secrets/:name", ({ state, params, context }) => {
    if (!context || !isAdmin(context.user)) throw forbidden("Forbidden");
    const value = state.secrets.get(params.name ?? "");
    if (value === undefined) throw notFound("Not found");
    return { status: 200, body: { name: params.name, value } };
  });
  router.add("PUT", "/api/secrets/:name", ({ state, params, body, context }) => {
    if (!context || !isAdmin(context.user)) throw forbidden("Forbidden");
    const name = params.name ?? "";
    if (!SECRET_NAME.test(name)) throw badRequest(`Invalid secret name: ${name}`);
    const value = (body as { value?: unknown } | undefined)?.value;
    if (typeof value !== "string") throw badRequest("No value provided");
    state.secrets.set(name, value);
    return { status: 204 };
  });
  router.add("DELETE", "/api/secrets/:name", ({ state, params, context }) => {
    if (!context || !isAdmin(context.user)) throw forbidden("Forbidden");
    state.secrets.delete(params.name ?? "");
    return { status: 204 };
  });
  // The studio settings of an installed addon (api/addons/studio_settings.py); the emulator's addons
  // are those given to `startAyonEmulator({ addons })`.
  router.add("GET", "/api/addons/:addon/:version/settings", ({ state, params }) => {
    const settings = state.addons.get(`${params.addon}@${params.version}`);
    if (!settings) throw notFound(`Addon ${params.addon} ${params.version} not found`);
    return { status: 200, body: settings };
  });
}
