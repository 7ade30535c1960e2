import type { DispatchOrigin } from "../model/event-dispatch.js";
import { projectActivities } from "../state/activity-records.js";
import type { EmulatorState } from "../state/store.js";
import type { ActivityEntity } from "./activity-entity.js";
import { dropActivity } from "./activity-store.js";
import { createActivity } from "./create-activity.js";
import { buildWatcherList, watchActivities, watcherList } from "./watcher-list.js";

// ayon_server/activities/watchers/set_watchers.py

/**
 * Makes `watchers` the entity's watchers: the watch activities of those who stop watching are
 * deleted (without any event), and each new watcher gets a watch activity whose author is `setBy`.
 */
export function setWatchers(
  state: EmulatorState,
  entity: ActivityEntity,
  watchers: string[],
  setBy: string | null,
  origin: DispatchOrigin,
): void {
  const original = watcherList(entity);
  const leaving = original.filter((name) => !watchers.includes(name));
  const joining = watchers.filter((name) => !original.includes(name));
  if (leaving.length > 0) {
    const store = projectActivities(entity.project);
    for (const activity of watchActivities(entity)) {
      const watcher = typeof activity.data.watcher === "string" ? activity.data.watcher : "";
      if (leaving.includes(watcher)) dropActivity(store, activity.id);
    }
  }
  for (const watcher of joining) {
    createActivity(state, entity, { activityType: "watch", body: "", author: setBy, data: { watcher } }, origin);
  }
  buildWatcherList(entity);
}

/** `ensure_watching`: the user becomes a watcher (and the author of their watch activity). */
export function ensureWatching(state: EmulatorState, entity: ActivityEntity, user: string, origin: DispatchOrigin) {
  const watchers = watcherList(entity);
  if (!watchers.includes(user)) setWatchers(state, entity, [...watchers, user], user, origin);
}

/** `ensure_not_watching`: the user's watch activities on the entity are deleted. */
export function ensureNotWatching(state: EmulatorState, entity: ActivityEntity, user: string, origin: DispatchOrigin) {
  const watchers = watcherList(entity);
  if (watchers.includes(user))
    setWatchers(
      state,
      entity,
      watchers.filter((name) => name !== user),
      user,
      origin,
    );
}
