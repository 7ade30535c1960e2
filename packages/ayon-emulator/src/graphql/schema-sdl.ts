import { type AttributeDefinition, type AttributeScope, attributesOf } from "../state/attributes.js";

/** GraphQL types of attribute values, as strawberry derives them from AYON's pydantic models. */
const ATTRIBUTE_TYPES: Record<AttributeDefinition["type"], string> = {
  integer: "Int",
  float: "Float",
  string: "String",
  boolean: "Boolean",
  datetime: "DateTime",
  list_of_strings: "[String!]",
};

const PAGE = "after: String = null, before: String = null, first: Int = null, last: Int = null";

const FOLDERS_ARGS = `${PAGE}, assignees: [String!] = null, filter: String = null, folderTypes: [String!] = null,
    hasChildren: Boolean = null, hasProducts: Boolean = null, hasTasks: Boolean = null, ids: [String!] = null,
    includeFolderChildren: Boolean! = false, name: String = null, names: [String!] = null, parentId: String = null,
    parentIds: [String!] = null, pathEx: String = null, paths: [String!] = null, sortBy: String = null,
    statuses: [String!] = null, tags: [String!] = null, taskFilter: String = null`;

const PROJECT_ACTIVITIES_ARGS = `${PAGE}, activityIds: [String!] = null, activityTypes: [String!] = null,
    authors: [String!] = null, categories: [String] = null, changedAfter: String = null, changedBefore: String = null,
    entityIds: [String!] = null, entityNames: [String!] = null, entityType: String = null, filter: String = null,
    referenceTypes: [String!] = null, tags: [String!] = null`;

/** Folders and tasks list their newest 100 activities unless told otherwise (ayon_server/graphql/nodes/common.py). */
const ENTITY_ACTIVITIES_ARGS = `activityTypes: [String!] = null, after: String = null, before: String = null,
    first: Int = null, last: Int = 100, referenceTypes: [String!] = null`;

const TASKS_ARGS = `${PAGE}, assignees: [String!] = null, assigneesAny: [String!] = null, filter: String = null,
    folderFilter: String = null, folderIds: [String!] = null, ids: [String!] = null,
    includeFolderChildren: Boolean! = false, names: [String!] = null, sortBy: String = null,
    statuses: [String!] = null, tags: [String!] = null, tagsAny: [String!] = null, taskTypes: [String!] = null`;

/**
 * The part of AYON's GraphQL schema the emulator serves, written to match AYON 1.16's types, field
 * names and arguments exactly (a test compares it with AYON's introspection). The attribute types
 * follow the emulator's attribute definitions, as AYON builds them from its `attributes` table.
 */
export function schemaSdl(attributes: AttributeDefinition[]): string {
  return `
scalar DateTime

type Query {
  project(code: String = null, name: String = null): ProjectNode!
  projects(${PAGE}, code: String = null, includeSkeleton: Boolean! = false, name: String = null): ProjectsConnection!
  users(${PAGE}, emails: [String!] = null, name: String = null, names: [String!] = null, projectName: String = null,
    projects: [String!] = null): UsersConnection!
  user(name: String!): UserNode!
  me: UserNode!
  events(${PAGE}, hasChildren: Boolean = null, ids: [String!] = null, includeLogs: Boolean! = false,
    newerThan: String = null, olderThan: String = null, projects: [String!] = null, statuses: [String!] = null,
    topics: [String!] = null, users: [String!] = null): EventsConnection!
}

type PageInfo {
  hasNextPage: Boolean!
  hasPreviousPage: Boolean!
  startCursor: String
  endCursor: String
}

type ProjectsConnection { edges: [ProjectEdge!]! pageInfo: PageInfo! }
type ProjectEdge { node: ProjectNode! cursor: String }
type FoldersConnection { edges: [FolderEdge!]! pageInfo: PageInfo! }
type FolderEdge { node: FolderNode! cursor: String }
type TasksConnection { edges: [TaskEdge!]! pageInfo: PageInfo! }
type TaskEdge { node: TaskNode! cursor: String }
type UsersConnection { edges: [UserEdge!]! pageInfo: PageInfo! }
type UserEdge { node: UserNode! cursor: String }
type EventsConnection { edges: [EventEdge!]! pageInfo: PageInfo! }
type EventEdge { node: EventNode! cursor: String }
type ActivitiesConnection { edges: [ActivityEdge!]! pageInfo: PageInfo! }
type ActivityEdge { node: ActivityNode! cursor: String }

type ProjectNode {
  name: String!
  projectName: String!
  code: String!
  label: String
  color: String
  projectFolder: String
  active: Boolean!
  library: Boolean!
  skeleton: Boolean!
  data: String
  config: String
  attrib: ProjectAttribType!
  allAttrib: String!
  folderTypes(activeOnly: Boolean! = false): [FolderType!]!
  taskTypes(activeOnly: Boolean! = false): [TaskType!]!
  linkTypes(activeOnly: Boolean! = false): [LinkType!]!
  statuses: [Status!]!
  tags: [Tag!]!
  createdAt: DateTime!
  updatedAt: DateTime!
  folder(id: String!): FolderNode
  folders(${FOLDERS_ARGS}): FoldersConnection!
  task(id: String!): TaskNode
  tasks(${TASKS_ARGS}): TasksConnection!
  activities(${PROJECT_ACTIVITIES_ARGS}): ActivitiesConnection!
}

type FolderType { name: String! shortName: String icon: String color: String }
type TaskType { name: String! shortName: String icon: String color: String }
type LinkType { name: String! linkType: String! inputType: String! outputType: String! color: String style: String! }
type Status { name: String! shortName: String icon: String color: String state: String scope: [String!] }
type Tag { name: String! color: String }

type FolderNode {
  projectName: String!
  id: String!
  name: String!
  label: String
  folderType: String!
  type: String!
  parentId: String
  parent: FolderNode
  path: String
  parents: [String!]!
  status: String!
  tags: [String!]!
  active: Boolean!
  attrib: FolderAttribType!
  allAttrib: String!
  ownAttrib: [String!]!
  data: String
  thumbnailId: String
  thumbnailHash: String!
  childCount: Int!
  hasChildren: Boolean!
  taskCount: Int!
  hasTasks: Boolean!
  productCount: Int!
  hasProducts: Boolean!
  tasks(${TASKS_ARGS}): TasksConnection!
  activities(${ENTITY_ACTIVITIES_ARGS}): ActivitiesConnection!
  createdAt: DateTime!
  updatedAt: DateTime!
  createdBy: String
  updatedBy: String
}

type TaskNode {
  projectName: String!
  id: String!
  name: String!
  label: String
  taskType: String!
  type: String!
  folderId: String!
  folder: FolderNode!
  assignees: [String!]!
  path: String
  parents: [String!]!
  status: String!
  tags: [String!]!
  active: Boolean!
  attrib: TaskAttribType!
  allAttrib: String!
  ownAttrib: [String!]!
  data: String
  thumbnailId: String
  thumbnailHash: String!
  createdAt: DateTime!
  updatedAt: DateTime!
  createdBy: String
  updatedBy: String
  activities(${ENTITY_ACTIVITIES_ARGS}): ActivitiesConnection!
}

type UserNode {
  name: String!
  active: Boolean!
  attrib: UserAttribType!
  allAttrib: String!
  accessGroups: String!
  defaultAccessGroups: [String!]!
  isAdmin: Boolean!
  isManager: Boolean!
  isService: Boolean!
  isGuest: Boolean!
  isDeveloper: Boolean!
  hasPassword: Boolean!
  apiKeyPreview: String
  createdAt: DateTime!
  updatedAt: DateTime!
}

type EventNode {
  id: String!
  hash: String!
  topic: String!
  project: String
  user: String
  sender: String
  dependsOn: String
  status: String!
  retries: Int!
  description: String!
  summary: String!
  payload: String
  createdAt: DateTime!
  updatedAt: DateTime!
}

type ActivityNode {
  projectName: String!
  referenceId: String!
  activityId: String!
  referenceType: String!
  activityType: String!
  entityType: String!
  entityId: String
  entityName: String
  entityPath: String
  createdAt: DateTime!
  updatedAt: DateTime!
  creationOrder: Int!
  body: String!
  tags: [String!]!
  category: ActivityCategory
  activityData: String!
  referenceData: String!
  active: Boolean!
  read: Boolean!
  origin: ActivityOriginNode
  parents: [ActivityOriginNode!]!
  reactions: [ActivityReactionNode!]!
  author: UserNode
  assignee: UserNode
  files: [ActivityFileNode!]!
}

type ActivityOriginNode { id: String! type: String! subtype: String name: String! label: String link: String! }
type ActivityFileNode {
  id: String! size: String! author: String name: String mime: String createdAt: DateTime! updatedAt: DateTime!
}
type ActivityReactionNode { userName: String! fullName: String reaction: String! timestamp: DateTime! }
type ActivityCategory { name: String! color: String! }

${attribType("ProjectAttribType", attributes, "project")}
${attribType("FolderAttribType", attributes, "folder")}
${attribType("TaskAttribType", attributes, "task")}
${attribType("UserAttribType", attributes, "user")}
`;
}

function attribType(name: string, attributes: AttributeDefinition[], scope: AttributeScope): string {
  const fields = attributesOf(attributes, scope).map(
    (definition) => `  ${definition.name}: ${ATTRIBUTE_TYPES[definition.type]}`,
  );
  // An object type needs a field; AYON's attribute models always have some.
  return `type ${name} {\n${fields.length > 0 ? fields.join("\n") : "  _empty: Boolean"}\n}`;
}
