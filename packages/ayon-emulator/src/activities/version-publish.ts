import type { DispatchOrigin } from "../model/event-dispatch.js";
import type { RecordOf } from "../model/transaction.js";
import type { EmulatorState } from "../state/store.js";
import { folderPath } from "../state/store.js";
import { type ActivityEntity, nameOf } from "./activity-entity.js";
import { createActivity } from "./create-activity.js";
import { ensureWatching } from "./set-watchers.js";
import { buildWatcherList, watchActivities } from "./watcher-list.js";

/**
 * `handle_version_created` (ayon_server/activities/event_hook.py): the publisher and the version's
 * author watch the new version, so does everyone who watches its task (a watch activity each, even
 * for someone already watching), then a "version.publish" activity is created.
 */
export function publishActivity(state: EmulatorState, entity: ActivityEntity, origin: DispatchOrigin): void {
  const version = entity.record as RecordOf["version"];
  const { project } = entity;
  const product = project.products.get(version.productId);
  const folder = product ? project.folders.get(product.folderId) : undefined;
  // The context query joins product and folder: without them the handler fails on `res[0]`.
  if (!product || !folder) throw new Error("list index out of range");
  const task = version.taskId === null ? undefined : project.tasks.get(version.taskId);

  if (origin.user) ensureWatching(state, entity, origin.user, origin);
  if (version.author && version.author !== origin.user) ensureWatching(state, entity, version.author, origin);
  const taskWatchers = task
    ? watchActivities({ project, kind: "task", record: task }).map((activity) => activity.data.watcher)
    : [];
  for (const watcher of taskWatchers) {
    const name = typeof watcher === "string" ? watcher : null;
    createActivity(state, entity, { activityType: "watch", body: "", author: name, data: { watcher: name } }, origin);
  }
  buildWatcherList(entity);

  createActivity(
    state,
    entity,
    {
      activityType: "version.publish",
      body: `Published [${nameOf(entity)}](version:${version.id})`,
      author: version.author || origin.user,
      data: {
        context: {
          folderId: folder.id,
          folderName: folder.name,
          folderLabel: folder.label,
          // The hierarchy view's path has no leading slash.
          folderPath: folderPath(project, folder).slice(1),
          productId: product.id,
          productName: product.name,
          productType: product.productType,
          taskId: task?.id ?? null,
          taskLabel: task?.label ?? null,
          taskName: task?.name ?? null,
          taskType: task?.taskType ?? null,
        },
      },
    },
    origin,
  );
}
