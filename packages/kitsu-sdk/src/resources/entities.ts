import { updateEntity } from "./entity-update.js";
import { body, byIds, type CallOptions, done, init, type KitsuHttp, type Schemas } from "./http.js";

/**
 * Any production entity (asset, shot, sequence, episode, edit, concept) by id. Updates go through
 * here for every kind: `data` is shallow-merged into the stored JSON, so set a key to null to clear it
 * (zou/app/blueprints/crud/entity.py).
 */
export function entitiesResource(http: KitsuHttp) {
  const entity = (entity_id: string) => ({ path: { entity_id } });
  return {
    /**
     * Entities of any kind by id, in bulk (about 60 ids per request). Ids that no longer exist are
     * absent from the answer. Rows carry `type: "Entity"`: the kind is given by `entity_type_id`.
     */
    listByIds: (ids: readonly string[], o: CallOptions = {}): Promise<Schemas["Entity"][]> =>
      byIds(ids, (id) => body(http.GET("/data/entities", { params: { query: { id } }, ...init(o) }))),
    get: (id: string, o: CallOptions = {}) =>
      body(http.GET("/data/entities/{entity_id}", { params: entity(id), ...init(o) })),
    update: (id: string, fields: Schemas["EntityUpdate"], o: CallOptions = {}) => updateEntity(http, id, fields, o),
    delete: (id: string, o: CallOptions = {}) =>
      done(http.DELETE("/data/entities/{entity_id}", { params: entity(id), ...init(o) })),
  };
}
