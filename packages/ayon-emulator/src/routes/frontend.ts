import type { Router } from "../http/router.js";

/**
 * `GET /`: a deployed AYON serves its web frontend's index.html there (ayon_server/api/frontend.py),
 * and ayon-python-api checks that this answers 200 before it connects (`is_server_available`).
 */
export function registerFrontendRoute(router: Router): void {
  router.add(
    "GET",
    "/",
    () => ({
      status: 200,
      body: "<!doctype html><title>AYON</title><p>AYON emulator: no web frontend.</p>",
      headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache" },
    }),
    { public: true },
  );
}
