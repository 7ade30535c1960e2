import type { Router } from "../http/router.js";

export function registerAuthRoutes(router: Router): void {
  void router;
}
