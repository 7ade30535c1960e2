import type { CallOptions } from "./http.js";

/**
 * Without `force`, Zou only cancels an asset or shot that has tasks (`canceled: true`, an `:update`
 * event) and deletes it otherwise; `force` deletes it and its tasks (a `:delete` event).
 * See zou/app/services/assets_service.py `remove_asset` and shots_service.py `remove_shot`.
 */
export interface DeleteOptions extends CallOptions {
  force?: boolean;
}

export const forceQuery = (options: DeleteOptions) => (options.force ? { force: true } : {});
