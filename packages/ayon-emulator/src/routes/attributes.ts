import { validationError } from "../http/errors.js";
import type { HandlerInput, Router } from "../http/router.js";
import { attributeModel } from "../model/attribute-view.js";
import { notFoundException } from "../model/failures.js";
import { ayonRoute, callerOf } from "../model/route-support.js";

// api/attributes/attributes.py: reading only. AYON applies attribute changes after a server restart,
// which an emulator configures with `startAyonEmulator({ attributes })` instead.

const ATTRIBUTE_NAME = /^[a-zA-Z0-9]{2,64}$/;

export function registerAttributeRoutes(router: Router): void {
  router.add("GET", "/api/attributes", ayonRoute(listAttributes));
  router.add("GET", "/api/attributes/:attributeName", ayonRoute(getAttribute));
}

function listAttributes(input: HandlerInput) {
  callerOf(input);
  return { status: 200, body: { attributes: input.state.attributes.map(attributeModel) } };
}

function getAttribute(input: HandlerInput) {
  callerOf(input);
  const name = input.params.attributeName ?? "";
  // The AttributeName dependency: ATTRIBUTE_NAME_REGEX (ayon_server/types.py).
  if (!ATTRIBUTE_NAME.test(name)) {
    const error = {
      loc: ["path", "attribute_name"],
      msg: `string does not match regex "${ATTRIBUTE_NAME.source}"`,
      type: "value_error.str.regex",
      ctx: { pattern: ATTRIBUTE_NAME.source },
    };
    throw validationError(input.method, input.path, [error]);
  }
  const position = input.state.attributes.findIndex((definition) => definition.name === name);
  const definition = input.state.attributes[position];
  if (!definition) throw notFoundException(`Attribute ${name} not found`);
  return { status: 200, body: attributeModel(definition, position) };
}
