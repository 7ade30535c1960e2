import { body, type CallOptions, init, type KitsuHttp, type Schemas } from "./http.js";

/**
 * `PUT /data/entities/{id}`, the route Kitsu itself uses to rename and re-parent every kind of
 * entity. Zou emits `<kind>:update` (`shot:update`, `sequence:update`...) with only the id, whatever
 * changed, and refuses with 400 a name a sibling of the same kind already has, or a parent that does
 * not exist (`zou/app/blueprints/crud/entity.py EntityResource.put`).
 */
export const updateEntity = (http: KitsuHttp, id: string, fields: Schemas["EntityUpdate"], o: CallOptions = {}) =>
  body(http.PUT("/data/entities/{entity_id}", { params: { path: { entity_id: id } }, body: fields, ...init(o) }));
