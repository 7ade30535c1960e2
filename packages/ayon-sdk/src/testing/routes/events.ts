import type { Router } from "../http/router.js";

export function registerEventRoutes(router: Router): void {
  void router;
}
