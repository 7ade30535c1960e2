import type { Router } from "../http/router.js";

export function registerFolderRoutes(router: Router): void {
  void router;
}
