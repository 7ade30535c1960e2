import type { DispatchOrigin } from "../model/event-dispatch.js";
import { badRequestException, uniqueViolation } from "../model/failures.js";
import { dashedUuid } from "../model/hierarchy.js";
import { Transaction } from "../model/transaction.js";
import { type ActivityRecord, projectActivities } from "../state/activity-records.js";
import type { JsonObject } from "../state/records.js";
import { newEntityId } from "../state/rules.js";
import type { EmulatorState } from "../state/store.js";
import { type ActivityEntity, originOf, parentsOf } from "./activity-entity.js";
import { DO_NOT_TRACK, MAX_BODY_LENGTH } from "./activity-models.js";
import { capitalize, checkedReferences, insertReference, summaryReferences, uuidParameter } from "./activity-store.js";
import { extractMentions, hasChecklist, pythonLength } from "./mentions.js";
import { activityFiles, linkFiles } from "./project-files.js";
import { entityReference, ReferenceSet, relationsOf, userReference } from "./references.js";
import { watcherList } from "./watcher-list.js";

// ayon_server/activities/create_activity.py

export interface NewActivity {
  activityType: string;
  body: string;
  /** The author (`user_name`): stored as `data.author` and referenced as "author". */
  author: string | null;
  id?: string | null;
  tags?: string[] | null;
  /** File ids; their metadata goes to `data.files` and the files are linked to the activity. */
  files?: string[] | null;
  data?: JsonObject | null;
  /** ISO time of creation. @default now */
  timestamp?: string | null;
  /** Set the entity's `updatedAt` to the activity's time (only `POST .../activities` does). */
  bumpEntityUpdatedAt?: boolean;
}

/** Creates an activity with its references and dispatches `activity.created`; returns its id. */
export function createActivity(
  state: EmulatorState,
  entity: ActivityEntity,
  input: NewActivity,
  origin: DispatchOrigin,
): string {
  const { project } = entity;
  const store = projectActivities(project);
  const type = input.activityType;
  const time = input.timestamp ?? state.now();
  if (pythonLength(input.body) > MAX_BODY_LENGTH) throw badRequestException(`${capitalize(type)} body is too long`);

  const data: JsonObject = { ...(input.data ?? {}), origin: originOf(entity), parents: parentsOf(entity) };
  if (type === "comment" && hasChecklist(input.body)) data.hasChecklist = true;

  // The order decides which of two references to the same user survives (see ReferenceSet).
  const references = new ReferenceSet();
  references.add(entityReference("origin", entity.kind, entity.record.id));
  if (input.author) {
    references.add(userReference("author", input.author));
    data.author = input.author;
  }
  references.addAll(extractMentions(input.body, project));
  if (type !== "watch" && type !== "attrib.change") {
    for (const watcher of watcherList(entity)) references.add(userReference("watching", watcher));
    references.addAll(relationsOf(entity));
  }

  const id = input.id ? uuidParameter(input.id, () => `$1: '${input.id}'`) : newEntityId();
  if (input.files !== null && input.files !== undefined) data.files = activityFiles(project, input.files);
  if (store.activities.has(id)) throw uniqueViolation("activities", "id", dashedUuid(id));
  const stored = checkedReferences(references.values());

  const activity: ActivityRecord = {
    id,
    activityType: type,
    body: input.body,
    tags: [...(input.tags ?? [])],
    data,
    createdAt: time,
    updatedAt: time,
    creationOrder: ++store.serial.activities,
  };
  store.activities.set(id, activity);
  if (input.files !== null && input.files !== undefined) linkFiles(project, id, input.files, state.now());
  for (const reference of stored) insertReference(store, id, reference, time);
  if (input.bumpEntityUpdatedAt) new Transaction(project).put(entity.kind, { ...entity.record, updatedAt: time });

  state.events.dispatch({
    topic: "activity.created",
    project: project.name,
    description: `Created ${type} activity`,
    summary: { activity_id: id, activity_type: type, references: summaryReferences(stored) },
    payload: { body: input.body },
    store: !DO_NOT_TRACK.has(type),
    user: input.author ?? origin.user,
    sender: origin.sender,
    senderType: origin.senderType,
  });
  return id;
}
