import type { HandlerInput, Router } from "../http/router.js";
import { loadEntity } from "../model/entity-load.js";
import { patchModel, postModel } from "../model/entity-models.js";
import { sentFields } from "../model/operation-models.js";
import { runRestOperation } from "../model/rest-operation.js";
import { ayonRoute, callerOf, parseBody, pathParam, projectOf, queryBool } from "../model/route-support.js";
import { type RecordOf, Transaction } from "../model/transaction.js";
import type { JsonObject, ProjectRecord } from "../state/records.js";
import type { EmulatorState } from "../state/store.js";

// The REST create, get, update and delete that folders and tasks share (api/folders/folders.py,
// api/tasks/tasks.py): upstream writes both through the operations code path with the same
// request models, so one set of handlers serves both.

type EntityKind = "folder" | "task";

export interface EntityRouteSpec<K extends EntityKind> {
  kind: K;
  /** The body `GET .../{id}` answers. */
  view: (state: EmulatorState, project: ProjectRecord, record: RecordOf[K]) => JsonObject;
  /** DELETE reads `?force` (folders: also delete the products below); tasks' DELETE has no such parameter. */
  forceQuery: boolean;
}

/**
 * Registers `POST /api/projects/{project}/{kind}s`, then `GET`, `PATCH` and `DELETE` on
 * `.../{kind}s/{kind_id}`: in this order, as the emulator's OpenAPI document lists routes in the
 * order they were registered.
 */
export function registerEntityRoutes<K extends EntityKind>(router: Router, spec: EntityRouteSpec<K>): void {
  const { kind } = spec;
  const idParam = `${kind}Id`;
  const collection = `/api/projects/:projectName/${kind}s`;
  const item = `${collection}/:${idParam}`;

  async function create(input: HandlerInput) {
    const context = callerOf(input);
    const project = projectOf(input.state, input, context);
    const body = parseBody(postModel(input.state.attributes, kind), input);
    const result = await runRestOperation(input.state, context, project, {
      type: "create",
      entityType: kind,
      entityId: null,
      data: sentFields(body),
      force: false,
    });
    return { status: 201, body: { id: result.entityId } };
  }

  function get(input: HandlerInput) {
    const context = callerOf(input);
    const project = projectOf(input.state, input, context);
    const id = pathParam(input, idParam, "entityId");
    const record = loadEntity(new Transaction(project), kind, id);
    return { status: 200, body: spec.view(input.state, project, record) };
  }

  async function update(input: HandlerInput) {
    const context = callerOf(input);
    const project = projectOf(input.state, input, context);
    const id = pathParam(input, idParam, "entityId");
    const body = parseBody(patchModel(input.state.attributes, kind), input);
    await runRestOperation(input.state, context, project, {
      type: "update",
      entityType: kind,
      entityId: id,
      data: sentFields(body),
      force: false,
    });
    return { status: 204 };
  }

  async function remove(input: HandlerInput) {
    const context = callerOf(input);
    const project = projectOf(input.state, input, context);
    const id = pathParam(input, idParam, "entityId");
    const force = spec.forceQuery ? (queryBool(input, "force") ?? false) : false;
    await runRestOperation(input.state, context, project, {
      type: "delete",
      entityType: kind,
      entityId: id,
      data: null,
      force,
    });
    return { status: 204 };
  }

  router.add("POST", collection, ayonRoute(create));
  router.add("GET", item, ayonRoute(get));
  router.add("PATCH", item, ayonRoute(update));
  router.add("DELETE", item, ayonRoute(remove));
}
