import type { Router } from "../http/router.js";

export function registerUserRoutes(router: Router): void {
  void router;
}
