import type { Router } from "../http/router.js";

export function registerProjectRoutes(router: Router): void {
  void router;
}
