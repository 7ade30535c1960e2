import { projectActivities } from "../state/activity-records.js";
import type { ActivityEntity } from "./activity-entity.js";

// ayon_server/activities/watchers/watcher_list.py: who watches an entity is the set of its "watch"
// activities (`data.watcher`), cached like AYON caches it in Redis.

const cacheKey = (entity: ActivityEntity) => `${entity.kind}:${entity.record.id}`;

/** The watch activities on the entity (their origin references), oldest first. */
export function watchActivities(entity: ActivityEntity) {
  const store = projectActivities(entity.project);
  const found = [];
  for (const reference of store.references.values()) {
    if (reference.referenceType !== "origin" || reference.entityType !== entity.kind) continue;
    if (reference.entityId !== entity.record.id) continue;
    const activity = store.activities.get(reference.activityId);
    if (activity?.activityType === "watch") found.push(activity);
  }
  return found.sort((a, b) => a.creationOrder - b.creationOrder);
}

/** `build_watcher_list`: reads the watch activities and refreshes the cache. */
export function buildWatcherList(entity: ActivityEntity): string[] {
  const watchers = watchActivities(entity).map((activity) => {
    const watcher = activity.data.watcher;
    return typeof watcher === "string" ? watcher : "";
  });
  projectActivities(entity.project).watcherCache.set(cacheKey(entity), watchers);
  return [...watchers];
}

/** `get_watcher_list`: the cached list, built when there is none. */
export function watcherList(entity: ActivityEntity): string[] {
  const cached = projectActivities(entity.project).watcherCache.get(cacheKey(entity));
  return cached ? [...cached] : buildWatcherList(entity);
}
