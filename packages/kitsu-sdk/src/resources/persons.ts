import { allPages, body, type CallOptions, done, init, type KitsuHttp, type Schemas } from "./http.js";

export interface PersonFilter {
  email?: string;
  desktopLogin?: string;
  isBot?: boolean;
  active?: boolean;
}

/** People and bots. Creating a bot (`is_bot: true`) returns its access token once, in `access_token`. */
export function personsResource(http: KitsuHttp) {
  const person = (person_id: string) => ({ path: { person_id } });
  return {
    /** Persons matching every given filter, all pages read. */
    list: (filter: PersonFilter = {}, o: CallOptions = {}) =>
      allPages<Schemas["Person"]>(async (page) =>
        body(
          http.GET("/data/persons", {
            params: {
              query: {
                page,
                ...(filter.email !== undefined ? { email: filter.email } : {}),
                ...(filter.desktopLogin !== undefined ? { desktop_login: filter.desktopLogin } : {}),
                ...(filter.isBot !== undefined ? { is_bot: filter.isBot } : {}),
                ...(filter.active !== undefined ? { active: filter.active } : {}),
              },
            },
            ...init(o),
          }),
        ),
      ),
    get: (id: string, o: CallOptions = {}) =>
      body(http.GET("/data/persons/{person_id}", { params: person(id), ...init(o) })),
    create: (fields: Schemas["PersonCreate"], o: CallOptions = {}) =>
      body(http.POST("/data/persons", { body: fields, ...init(o) })),
    update: (id: string, fields: Schemas["PersonUpdate"], o: CallOptions = {}) =>
      body(http.PUT("/data/persons/{person_id}", { params: person(id), body: fields, ...init(o) })),
    delete: (id: string, o: CallOptions = {}) =>
      done(http.DELETE("/data/persons/{person_id}", { params: person(id), ...init(o) })),
  };
}
