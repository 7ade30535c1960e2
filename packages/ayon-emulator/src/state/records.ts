// The emulator's in-memory data, shaped like AYON's tables. JSON fields are plain objects.

import type { ProjectActivities } from "./activity-records.js";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface UserRecord {
  name: string;
  attrib: JsonObject;
  /** isAdmin, isManager, isService, accessGroups, defaultAccessGroups, kitsuId... */
  data: JsonObject;
  active: boolean;
  password?: string;
  /** A service user's key (the emulator keeps it in clear; AYON stores a peppered hash). */
  apiKey?: string;
  createdAt: string;
  updatedAt: string;
}

/** An item of a project's statuses, task types, folder types, tags or link types. */
export type AnatomyItem = JsonObject & { name: string };

/** The columns of every project entity table (folders, tasks, products, versions). */
export interface EntityColumns {
  status: string;
  tags: string[];
  data: JsonObject;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

/** The columns folders and tasks have on top of those; creating or seeding either fills them alike. */
export interface FolderTaskColumns extends EntityColumns {
  /** Own attributes only; resolved values come from `resolveAttrib`. */
  ownAttrib: JsonObject;
  thumbnailId: string | null;
  createdBy: string | null;
  updatedBy: string | null;
}

export interface FolderRecord extends FolderTaskColumns {
  id: string;
  name: string;
  label: string | null;
  folderType: string;
  parentId: string | null;
}

export interface TaskRecord extends FolderTaskColumns {
  id: string;
  name: string;
  label: string | null;
  taskType: string;
  folderId: string;
  assignees: string[];
}

export interface ProductRecord extends EntityColumns {
  id: string;
  name: string;
  folderId: string;
  productType: string;
}

export interface VersionRecord extends EntityColumns {
  id: string;
  version: number;
  productId: string;
  taskId: string | null;
  author: string | null;
}

export interface ProjectRecord {
  name: string;
  code: string;
  label: string | null;
  library: boolean;
  active: boolean;
  folderTypes: AnatomyItem[];
  taskTypes: AnatomyItem[];
  statuses: AnatomyItem[];
  tags: AnatomyItem[];
  linkTypes: AnatomyItem[];
  /** Project attributes are all "own": the root of inheritance. */
  attrib: JsonObject;
  data: JsonObject;
  config: JsonObject;
  createdAt: string;
  updatedAt: string;
  folders: Map<string, FolderRecord>;
  tasks: Map<string, TaskRecord>;
  products: Map<string, ProductRecord>;
  versions: Map<string, VersionRecord>;
  /** Activities, their references and attached files; see `projectActivities`. */
  activities?: ProjectActivities;
}

export type EventStatus = "pending" | "in_progress" | "finished" | "failed" | "aborted" | "restarted";

export interface EventRecord {
  id: string;
  hash: string;
  topic: string;
  sender: string | null;
  senderType: string | null;
  project: string | null;
  user: string | null;
  dependsOn: string | null;
  status: EventStatus;
  retries: number;
  description: string;
  summary: JsonObject;
  payload: JsonObject;
  createdAt: string;
  updatedAt: string;
  /** Insertion order, like the `creation_order` serial column. */
  creationOrder: number;
}

/** Everything a request handler knows about its caller. */
export interface RequestContext {
  user: UserRecord;
  /** The token or API key that authenticated the request. */
  token: string;
  sender: string | null;
  senderType: string;
}
