import type { Router } from "../http/router.js";

export function registerGraphqlRoute(router: Router): void {
  void router;
}
