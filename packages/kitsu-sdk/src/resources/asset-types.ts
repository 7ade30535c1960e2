import { body, type CallOptions, done, init, type KitsuHttp, type Schemas } from "./http.js";

/** Asset types. Zou stores them as entity types: reads go through `/data/asset-types`, writes through `/data/entity-types`. */
export function assetTypesResource(http: KitsuHttp) {
  const entityType = (entity_type_id: string) => ({ path: { entity_type_id } });
  return {
    list: (o: CallOptions = {}) => body(http.GET("/data/asset-types", init(o))),
    get: (id: string, o: CallOptions = {}) =>
      body(http.GET("/data/asset-types/{asset_type_id}", { params: { path: { asset_type_id: id } }, ...init(o) })),
    create: (fields: Schemas["EntityTypeCreate"], o: CallOptions = {}) =>
      body(http.POST("/data/entity-types", { body: fields, ...init(o) })),
    update: (id: string, fields: Schemas["EntityTypeUpdate"], o: CallOptions = {}) =>
      body(http.PUT("/data/entity-types/{entity_type_id}", { params: entityType(id), body: fields, ...init(o) })),
    delete: (id: string, o: CallOptions = {}) =>
      done(http.DELETE("/data/entity-types/{entity_type_id}", { params: entityType(id), ...init(o) })),
  };
}
