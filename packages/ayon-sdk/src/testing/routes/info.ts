import type { Router } from "../http/router.js";

export function registerInfoRoutes(router: Router, _options: { openapi: unknown }): void {
  void router;
}
