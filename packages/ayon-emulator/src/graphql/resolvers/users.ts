import { sortedJson } from "../../events/sorted-json.js";
import { isAdmin, isManager, isService } from "../../http/context.js";
import type { JsonObject, UserRecord } from "../../state/records.js";
import { processAttrib } from "../attrib.js";
import type { GraphqlContext, UserSource } from "../context.js";
import { badRequest, forbidden, notFound } from "../errors.js";
import { sqlLike } from "../filter/like.js";
import { type Connection, emptyConnection, paginate, sortByKey } from "../pagination.js";
import { validateEmail, validateNames, validateUserName } from "../validation.js";
import type { PageArguments, ResolverMap } from "./resolver-types.js";

export interface UsersArguments extends PageArguments {
  name: string | null;
  names: string[] | null;
  emails: string[] | null;
  projectName: string | null;
  projects: string[] | null;
}

const flag = (user: UserRecord, key: string) => user.data[key] === true;

/** `users` (ayon_server/graphql/resolvers/users.py), ordered by name. */
export function resolveUsers(args: UsersArguments, context: GraphqlContext): Connection<UserSource> {
  const caller = context.user;
  // Listing everybody needs the `studio.list_all_users` permission, off in default access groups.
  if (args.projectName === null && args.projects === null && !isManager(caller)) {
    throw forbidden("You are not allowed to access list_all_users");
  }
  if (flag(caller, "isGuest")) return emptyConnection();
  const conditions: ((user: UserRecord) => boolean)[] = [];
  if (args.name !== null) {
    const pattern = validateUserName(args.name);
    conditions.push((user) => sqlLike(user.name, pattern, true));
  }
  if (args.names !== null) {
    if (args.names.length === 0) return emptyConnection();
    const names = new Set(args.names.map(validateUserName));
    conditions.push((user) => names.has(user.name));
  }
  if (args.emails !== null) {
    if (args.emails.length === 0) return emptyConnection();
    const emails = new Set(args.emails.map((email) => validateEmail(email).toLowerCase()));
    conditions.push((user) => typeof user.attrib.email === "string" && emails.has(user.attrib.email.toLowerCase()));
  }
  if (!flag(caller, "isSupport")) conditions.push((user) => !flag(user, "isSupport"));
  const projects = [...(args.projects ?? [])];
  if (args.projectName && !projects.includes(args.projectName)) projects.push(args.projectName);
  if (projects.length > 0) {
    validateNames(projects);
    conditions.push(
      (user) =>
        flag(user, "isAdmin") || flag(user, "isManager") || projects.some((project) => project in accessGroups(user)),
    );
  }
  const items = sortByKey([...context.state.users.values()], ["text"], (user) => [user.name]);
  const matches = (user: UserRecord) => conditions.every((test) => test(user));
  return paginate({ items, kinds: ["text"], key: (user) => [user.name] }, matches, args, (user) => ({
    user,
    projects,
  }));
}

export function resolveUser(args: { name: string }, context: GraphqlContext): UserSource {
  if (!args.name) throw badRequest("User name not specified");
  const connection = resolveUsers(
    {
      name: args.name,
      names: null,
      emails: null,
      projectName: null,
      projects: null,
      first: null,
      after: null,
      last: null,
      before: null,
    },
    context,
  );
  const first = connection.edges[0];
  if (!first) throw notFound("User not found");
  return first.node;
}

function accessGroups(user: UserRecord): JsonObject {
  const groups = user.data.accessGroups;
  return groups && typeof groups === "object" && !Array.isArray(groups) ? groups : {};
}

/** Non-managers only see the full name of other users (`user_from_record`). */
function visibleAttrib(source: UserSource, context: GraphqlContext): JsonObject {
  const attrib =
    isManager(context.user) || source.projects === ME
      ? source.user.attrib
      : { fullName: source.user.attrib.fullName ?? null };
  return processAttrib(context.library, "user", attrib);
}

/** `me` is built from the caller itself: computed flags, nothing hidden. */
const ME: string[] = [];
export const meSource = (context: GraphqlContext): UserSource => ({ user: context.user, projects: ME });

function groupsJson(source: UserSource): string {
  const groups = accessGroups(source.user);
  if (source.projects.length === 0) return sortedJson(groups);
  return sortedJson(
    Object.fromEntries(Object.entries(groups).filter(([project]) => source.projects.includes(project))),
  );
}

/**
 * UserNode (ayon_server/graphql/nodes/user.py). Listed users report their stored flags; `me`
 * reports computed ones (a service is an admin and a manager there).
 */
export const userNodeResolvers: ResolverMap = {
  UserNode: {
    name: (source: UserSource) => source.user.name,
    active: (source: UserSource) => source.user.active,
    attrib: (source: UserSource, _: unknown, context: GraphqlContext) => visibleAttrib(source, context),
    allAttrib: (source: UserSource, _: unknown, context: GraphqlContext) => sortedJson(visibleAttrib(source, context)),
    accessGroups: (source: UserSource) => groupsJson(source),
    defaultAccessGroups: (source: UserSource) => {
      const groups = source.user.data.defaultAccessGroups;
      return Array.isArray(groups) ? groups : [];
    },
    isAdmin: (source: UserSource) => (source.projects === ME ? isAdmin(source.user) : flag(source.user, "isAdmin")),
    isManager: (source: UserSource) =>
      source.projects === ME ? isManager(source.user) : flag(source.user, "isManager"),
    isService: (source: UserSource) =>
      source.projects === ME ? isService(source.user) : flag(source.user, "isService"),
    isGuest: (source: UserSource) => flag(source.user, "isGuest"),
    isDeveloper: (source: UserSource) => flag(source.user, "isDeveloper"),
    hasPassword: (source: UserSource) => Boolean(source.user.password),
    apiKeyPreview: (source: UserSource) => {
      const preview = source.user.data.apiKeyPreview;
      return typeof preview === "string" ? preview : null;
    },
    createdAt: (source: UserSource) => source.user.createdAt,
    updatedAt: (source: UserSource) => source.user.updatedAt,
  },
};
