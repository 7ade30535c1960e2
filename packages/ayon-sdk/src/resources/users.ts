import { type Connection, type GraphqlQuery, parseJsonField, readAllPages } from "./graphql.js";
import { type AyonHttp, body, type CallOptions, done, init, type Schemas } from "./http.js";

export type AyonUser = Schemas["UserModel"];
export type UserCreate = Schemas["NewUserModel"];
export type UserPatch = Schemas["UserPatchModel"];

/** A user as the GraphQL list gives it, JSON-string fields parsed. It has no `data`: read one user for that. */
export interface AyonUserListItem {
  name: string;
  active: boolean;
  /** Resolved user attributes: fullName, email, avatarUrl... */
  attrib: Record<string, unknown>;
  /** Project name to access group names. */
  accessGroups: Record<string, string[]>;
  defaultAccessGroups: string[];
  isAdmin: boolean;
  isManager: boolean;
  isService: boolean;
  isGuest: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface UserFilter {
  names?: string[];
  emails?: string[];
  /** Only users with access to this project. */
  projectName?: string;
}

const USERS_QUERY = `query Users($first: Int, $after: String, $names: [String!], $emails: [String!], $projectName: String) {
  users(first: $first, after: $after, names: $names, emails: $emails, projectName: $projectName) {
    pageInfo { hasNextPage endCursor }
    edges { node { name active allAttrib accessGroups defaultAccessGroups isAdmin isManager isService isGuest createdAt updatedAt } }
  }
}`;

type UserNode = Omit<AyonUserListItem, "attrib" | "accessGroups"> & { allAttrib: string; accessGroups: string };

const at = (name: string) => ({ path: { user_name: name } });

export function usersResource(http: AyonHttp, graphql: GraphqlQuery) {
  return {
    /** `PUT /api/users/{name}` (managers). A service user gets `data.isService` and a 32-character `apiKey`. */
    create: (name: string, user: UserCreate, o: CallOptions = {}) =>
      done(http.PUT("/api/users/{user_name}", { params: at(name), body: user, ...init(o) })),
    get: (name: string, o: CallOptions = {}) =>
      body(http.GET("/api/users/{user_name}", { params: at(name), ...init(o) })),
    /** The identity behind the client's credentials. */
    me: (o: CallOptions = {}) => body(http.GET("/api/users/me", init(o))),
    /** `data` is merged one level deep (`null` removes a key). AYON emits no event for user patches. */
    update: (name: string, patch: UserPatch, o: CallOptions = {}) =>
      done(http.PATCH("/api/users/{user_name}", { params: at(name), body: patch, ...init(o) })),
    delete: (name: string, o: CallOptions = {}) =>
      done(http.DELETE("/api/users/{user_name}", { params: at(name), ...init(o) })),
    /** Sets the user's access groups per project; an empty list removes access to that project. */
    setAccessGroups: (name: string, access: { project: string; accessGroups: string[] }[], o: CallOptions = {}) =>
      done(
        http.PATCH("/api/users/{user_name}/accessGroups", {
          params: at(name),
          body: { accessGroups: access },
          ...init(o),
        }),
      ),
    /** Every user matching the filter, through GraphQL (AYON has no REST list of users), all pages read. */
    async list(filter: UserFilter = {}, o: CallOptions & { pageSize?: number } = {}): Promise<AyonUserListItem[]> {
      const nodes = await readAllPages<{ users: Connection<UserNode> }, UserNode>(
        graphql,
        USERS_QUERY,
        { ...filter },
        (data) => data.users,
        o,
      );
      return nodes.map(({ allAttrib, accessGroups, ...user }) => ({
        ...user,
        attrib: parseJsonField(allAttrib),
        accessGroups: parseJsonField(accessGroups) as Record<string, string[]>,
      }));
    },
  };
}
