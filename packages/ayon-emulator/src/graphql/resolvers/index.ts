import type { GraphqlContext } from "../context.js";
import { activitiesFieldResolvers } from "./activities.js";
import { activityNodeResolvers } from "./activity-node.js";
import { type EventsArguments, eventNodeResolvers, resolveEvents } from "./events.js";
import { folderNodeResolvers } from "./folder-node.js";
import { type ProjectsArguments, projectNodeResolvers, resolveProject, resolveProjects } from "./projects.js";
import type { ResolverMap } from "./resolver-types.js";
import { taskNodeResolvers } from "./task-node.js";
import { meSource, resolveUser, resolveUsers, type UsersArguments, userNodeResolvers } from "./users.js";

/** Every resolver of the emulator's GraphQL schema, by type and field. */
export const RESOLVERS: ResolverMap = {
  Query: {
    project: (_: unknown, args: { name: string | null; code: string | null }, context: GraphqlContext) =>
      resolveProject(args, context),
    projects: (_: unknown, args: ProjectsArguments, context: GraphqlContext) => resolveProjects(args, context),
    users: (_: unknown, args: UsersArguments, context: GraphqlContext) => resolveUsers(args, context),
    user: (_: unknown, args: { name: string }, context: GraphqlContext) => resolveUser(args, context),
    me: (_: unknown, __: unknown, context: GraphqlContext) => meSource(context),
    events: (_: unknown, args: EventsArguments, context: GraphqlContext) => resolveEvents(args, context),
  },
  ...projectNodeResolvers,
  ...folderNodeResolvers,
  ...taskNodeResolvers,
  ...userNodeResolvers,
  ...eventNodeResolvers,
  ...activityNodeResolvers,
};

// `activities` adds a field to types that other files resolve.
for (const [type, fields] of Object.entries(activitiesFieldResolvers))
  RESOLVERS[type] = { ...RESOLVERS[type], ...fields };
