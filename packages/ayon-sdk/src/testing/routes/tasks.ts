import type { Router } from "../http/router.js";

export function registerTaskRoutes(router: Router): void {
  void router;
}
