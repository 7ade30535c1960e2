import { type Connection, type GraphqlQuery, parseJsonField, readAllPages } from "./graphql.js";
import type { CallOptions, Schemas } from "./http.js";

/** AYON's QueryFilter: `{ conditions: [{ key, operator, value }], operator: "and" | "or" }`, nestable. */
export type QueryFilter = Schemas["QueryFilter"];
/** `key` is a column, or a path into `data`/`attrib` with `.` or `/` (`data.kitsuId`). */
export type QueryCondition = Schemas["QueryCondition"];

/** A folder as the bulk read gives it: JSON fields parsed, inactive folders included. */
export interface AyonFolderNode {
  id: string;
  name: string;
  label: string | null;
  folderType: string;
  parentId: string | null;
  path: string;
  status: string;
  tags: string[];
  active: boolean;
  /** Resolved attributes (own and inherited), from `allAttrib`. */
  attrib: Record<string, unknown>;
  /** Names of the attributes set on the folder itself. */
  ownAttrib: string[];
  data: Record<string, unknown>;
  updatedAt: string;
}

export interface AyonTaskNode {
  id: string;
  name: string;
  label: string | null;
  taskType: string;
  folderId: string;
  status: string;
  tags: string[];
  assignees: string[];
  active: boolean;
  attrib: Record<string, unknown>;
  ownAttrib: string[];
  data: Record<string, unknown>;
  updatedAt: string;
}

export interface BulkReadOptions extends CallOptions {
  /** Only entities whose `data.kitsuId` is one of these (read in slices of 500 ids). */
  kitsuIds?: readonly string[];
  /** Only entities that carry a `data.kitsuId`. @default false */
  withKitsuId?: boolean;
  /** Any other QueryFilter, combined with the above by "and". */
  filter?: QueryFilter;
  /** @default 500 */
  pageSize?: number;
}

// `ownAttrib` must come before `allAttrib`: AYON fills inherited values into the entity's own
// attribute dict while resolving `allAttrib` or `attrib`, so an `ownAttrib` resolved after them lists
// every attribute (process_attrib_data in ayon_server/graphql/utils.py).
const FOLDER_FIELDS = "id name label folderType parentId path status tags active ownAttrib allAttrib data updatedAt";
const TASK_FIELDS = "id name label taskType folderId status tags assignees active ownAttrib allAttrib data updatedAt";

const query = (
  connection: "folders" | "tasks",
  fields: string,
) => `query Bulk($project: String!, $first: Int, $after: String, $filter: String) {
  project(name: $project) {
    ${connection}(first: $first, after: $after, filter: $filter) {
      pageInfo { hasNextPage endCursor }
      edges { node { ${fields} } }
    }
  }
}`;

type RawNode = { allAttrib: string; data: string | null } & Record<string, unknown>;

/** The filters to run: one per slice of Kitsu ids (or a single one), as JSON strings. */
function filters(options: BulkReadOptions): (string | null)[] {
  const base: (QueryCondition | QueryFilter)[] = [];
  if (options.withKitsuId) base.push({ key: "data.kitsuId", operator: "notnull" });
  if (options.filter) base.push(options.filter);
  const build = (extra: QueryCondition[]) =>
    base.length + extra.length === 0 ? null : JSON.stringify({ conditions: [...base, ...extra], operator: "and" });
  if (!options.kitsuIds) return [build([])];
  const slices: (string | null)[] = [];
  for (let start = 0; start < options.kitsuIds.length; start += 500) {
    slices.push(build([{ key: "data.kitsuId", operator: "in", value: options.kitsuIds.slice(start, start + 500) }]));
  }
  return slices;
}

async function readNodes(
  graphql: GraphqlQuery,
  project: string,
  connection: "folders" | "tasks",
  fields: string,
  options: BulkReadOptions,
) {
  const nodes: RawNode[] = [];
  for (const filter of filters(options)) {
    const page = await readAllPages<{ project: Record<string, Connection<RawNode>> | null }, RawNode>(
      graphql,
      query(connection, fields),
      { project, filter },
      (data) => data.project?.[connection],
      options,
    );
    nodes.push(...page);
  }
  return nodes.map(({ allAttrib, data, ...node }) => ({
    ...node,
    attrib: parseJsonField(allAttrib),
    data: parseJsonField(data),
  }));
}

/**
 * Bulk reads of a project's folders and tasks through paginated GraphQL, with `data`, resolved
 * `attrib`, `ownAttrib` and `active` (inactive entities included): the shape a reconcile diffs against.
 */
export function entitiesResource(graphql: GraphqlQuery) {
  return {
    folders: async (project: string, options: BulkReadOptions = {}) =>
      (await readNodes(graphql, project, "folders", FOLDER_FIELDS, options)) as unknown as AyonFolderNode[],
    tasks: async (project: string, options: BulkReadOptions = {}) =>
      (await readNodes(graphql, project, "tasks", TASK_FIELDS, options)) as unknown as AyonTaskNode[],
  };
}
