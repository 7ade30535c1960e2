import { isManager } from "../../http/context.js";
import { type ActivityRecord, type ActivityReferenceRecord, projectActivities } from "../../state/activity-records.js";
import type { ProjectRecord } from "../../state/records.js";
import type { FolderSource, GraphqlContext, TaskSource } from "../context.js";
import { literalAs } from "../filter/sql-value.js";
import { filterArgument } from "../filter-arg.js";
import { type Connection, paginate, sortByKey } from "../pagination.js";
import { parseId, validateNames } from "../validation.js";
import { FEED_TABLE } from "./activity-feed-table.js";
import type { PageArguments, ResolverMap } from "./resolver-types.js";

// ayon_server/graphql/resolvers/activities.py: the activity feed is one row
// per reference (an activity appears once per entity or user it concerns), oldest first by the
// reference's creation time.

/** A row of the `activity_feed` view. */
export interface FeedRow {
  project: ProjectRecord;
  reference: ActivityReferenceRecord;
  activity: ActivityRecord;
}

export interface ActivitiesArguments extends PageArguments {
  activityTypes: string[] | null;
  referenceTypes: string[] | null;
  entityType?: string | null;
  entityIds?: string[] | null;
  entityNames?: string[] | null;
  activityIds?: string[] | null;
  tags?: string[] | null;
  categories?: (string | null)[] | null;
  changedBefore?: string | null;
  changedAfter?: string | null;
  authors?: string[] | null;
  filter?: string | null;
}

type Condition = (row: FeedRow) => boolean;

/** The entity node `activities` is asked on, if any. */
interface Root {
  kind: string;
  id: string;
}

export function resolveActivities(
  project: ProjectRecord,
  args: ActivitiesArguments,
  context: GraphqlContext,
  root?: Root,
): Connection<FeedRow> {
  const conditions = feedConditions(args, context, root);
  const store = projectActivities(project);
  const rows: FeedRow[] = [];
  for (const reference of store.references.values()) {
    const activity = store.activities.get(reference.activityId);
    if (activity) rows.push({ project, reference, activity });
  }
  const kinds = ["timestamptz", "numeric"] as const;
  const key = (row: FeedRow) => [row.reference.createdAt, row.reference.creationOrder];
  return paginate(
    { items: sortByKey(rows, kinds, key), kinds, key },
    (row) => conditions.every((test) => test(row)),
    args,
    (row) => row,
  );
}

/** `IN ()` is invalid SQL. */
function nonEmpty<T>(values: T[]): T[] {
  if (values.length === 0) throw new Error('syntax error at or near ")"');
  return values;
}

function feedConditions(args: ActivitiesArguments, context: GraphqlContext, root: Root | undefined): Condition[] {
  let { entityIds = null, referenceTypes } = args;
  const conditions: Condition[] = [];
  // Without both entityType and entityIds: the node's own entity, or (on the project) the
  // activities' origins only, unless activities were asked for by id. entityType filters nothing.
  if (!(args.entityType && entityIds?.length)) {
    if (root) entityIds = [root.id];
    else if (!args.activityIds?.length) referenceTypes = referenceTypes?.length ? referenceTypes : ["origin"];
  }
  if (args.activityIds !== null && args.activityIds !== undefined) {
    const ids = new Set(nonEmpty(args.activityIds.map(parseId)));
    conditions.push((row) => ids.has(row.activity.id));
  }
  addTimeConditions(args, conditions);
  if (args.activityTypes !== null) conditions.push(...activityTypeConditions(args.activityTypes));
  if (referenceTypes !== null && referenceTypes !== undefined) {
    const types = new Set(nonEmpty(validateNames(referenceTypes)));
    conditions.push((row) => types.has(row.reference.referenceType));
  }
  if (args.tags?.length) {
    const tags = validateNames(args.tags);
    conditions.push((row) => tags.every((tag) => row.activity.tags.includes(tag)));
  }
  // AYON defines no activity categories, so people who are not managers see uncategorised ones only.
  if (!isManager(context.user)) conditions.push((row) => categoryOf(row) === null);
  if (args.categories?.length) {
    const categories = args.categories;
    conditions.push((row) => categories.includes(categoryOf(row)));
  }
  if (entityIds !== null) {
    const ids = new Set(nonEmpty(entityIds).map((id) => literalAs("uuid", id)));
    conditions.push((row) => row.reference.entityId !== null && ids.has(row.reference.entityId));
  }
  if (args.entityNames !== null && args.entityNames !== undefined) {
    const names = new Set(nonEmpty(validateNames(args.entityNames)));
    conditions.push((row) => row.reference.entityName !== null && names.has(row.reference.entityName));
  }
  if (args.authors?.length) {
    const authors = args.authors;
    conditions.push(
      (row) => typeof row.activity.data.author === "string" && authors.includes(row.activity.data.author),
    );
  }
  const filter = filterArgument(args.filter, FEED_TABLE);
  if (filter) conditions.push(filter);
  return conditions;
}

export function categoryOf(row: FeedRow): string | null {
  const category = row.activity.data.category;
  if (category === undefined || category === null) return null;
  return typeof category === "string" ? category : JSON.stringify(category);
}

/** `checklist` is no activity type: it means comments with a checklist (all comments if "comment" is asked too). */
function activityTypeConditions(requested: string[]): Condition[] {
  const types = validateNames(requested).filter((type) => type !== "checklist");
  const parts: Condition[] = [];
  if (requested.includes("checklist") && !types.includes("comment")) {
    parts.push((row) => row.activity.activityType === "comment" && row.activity.data.hasChecklist !== undefined);
  }
  if (types.length > 0) parts.push((row) => types.includes(row.activity.activityType));
  return parts.length === 0 ? [] : [(row) => parts.some((part) => part(row))];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}(:\d{2}(:\d{2}(\.\d+)?)?)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/;

/** `datetime.fromisoformat`; a time without a zone is the database's (UTC). */
function isoInstant(value: string): number {
  const time = ISO_DATE.test(value) ? Date.parse(/(Z|[+-]\d{2}(:?\d{2})?)$/.test(value) ? value : `${value}Z`) : NaN;
  if (Number.isNaN(time)) throw new Error(`Invalid isoformat string: '${value}'`);
  return time;
}

function addTimeConditions(args: ActivitiesArguments, conditions: Condition[]) {
  if (args.changedBefore) {
    const before = isoInstant(args.changedBefore);
    conditions.push((row) => Date.parse(row.reference.updatedAt) < before);
  }
  if (args.changedAfter) {
    const after = isoInstant(args.changedAfter);
    conditions.push((row) => Date.parse(row.reference.updatedAt) > after);
  }
}

const PAGE_DEFAULTS = { activityTypes: null, referenceTypes: null };

/** `activities` on projects, folders and tasks (merged into those types' resolvers). */
export const activitiesFieldResolvers: ResolverMap = {
  ProjectNode: {
    activities: (project: ProjectRecord, args: ActivitiesArguments, context: GraphqlContext) =>
      resolveActivities(project, args, context),
  },
  FolderNode: {
    activities: (source: FolderSource, args: ActivitiesArguments, context: GraphqlContext) =>
      resolveActivities(source.project, { ...PAGE_DEFAULTS, ...args }, context, {
        kind: "folder",
        id: source.folder.id,
      }),
  },
  TaskNode: {
    activities: (source: TaskSource, args: ActivitiesArguments, context: GraphqlContext) =>
      resolveActivities(source.project, { ...PAGE_DEFAULTS, ...args }, context, { kind: "task", id: source.task.id }),
  },
};
