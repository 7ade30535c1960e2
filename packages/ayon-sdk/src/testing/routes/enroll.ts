import type { Router } from "../http/router.js";

export function registerEnrollRoutes(router: Router): void {
  void router;
}
