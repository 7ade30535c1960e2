import type { Router } from "../http/router.js";

export function registerOperationsRoutes(router: Router): void {
  void router;
}
