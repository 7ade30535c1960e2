import { describe, expect, it } from "vitest";
import { loginNormalUser } from "./normal-user.js";
import { useContractTarget } from "./setup.js";

const { target, ayon } = useContractTarget();

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${target().serverUrl}${path}`, { headers });

describe("GET /api/info", () => {
  it("answers anonymous callers with the version and no user", async () => {
    const response = await get("/api/info");
    expect(response.status).toBe(200);
    const info = (await response.json()) as Record<string, unknown>;
    expect(info.version).toMatch(/^1\.\d+\.\d+/);
    expect(typeof info.uptime).toBe("number");
    expect(info).not.toHaveProperty("user");
    expect(info).not.toHaveProperty("attributes");
  });

  it("adds the user and the attribute definitions for an authenticated caller", async () => {
    const { data } = await ayon().http.GET("/api/info");
    const info = data as {
      user?: { name: string; data?: { isService?: boolean }; ownAttrib?: string[] };
      attributes?: { name: string; scope: string[]; data: { type: string } }[];
    };
    expect(info.user?.data?.isService).toBe(true);
    // The caller is rebuilt from its session's copy of the whole user model: every user attribute
    // counts as its own (`user_from_request` in ayon_server/api/auth.py).
    const userAttributes = (info.attributes ?? [])
      .filter((item) => item.scope.includes("user"))
      .map((item) => item.name);
    expect(info.user?.ownAttrib).toEqual(userAttributes);
    const fps = info.attributes?.find((attribute) => attribute.name === "fps");
    expect(fps?.scope).toEqual(expect.arrayContaining(["project", "folder", "task"]));
    expect(fps?.data.type).toBe("float");
  });

  it("lists the attributes in position order with what AYON deploys, leaving out what is unset", async () => {
    const { data } = await ayon().http.GET("/api/info");
    const attributes = (data as { attributes: { name: string; position: number; data: Record<string, unknown> }[] })
      .attributes;
    expect(attributes.map((attribute) => attribute.position)).toEqual(attributes.map((_, index) => index));
    const byName = new Map(attributes.map((attribute) => [attribute.name, attribute]));
    // setup/attributes.py deploys these, in this order (custom attributes may follow or sit between).
    const deployed = ["priority", "fps", "resolutionWidth", "fullName", "path", "startDate", "description"];
    expect(deployed.map((name) => byName.get(name)?.position)).toEqual(
      [...deployed.map((name) => byName.get(name)?.position ?? -1)].sort((a, b) => a - b),
    );
    expect(byName.get("fps")).toEqual({
      name: "fps",
      position: byName.get("fps")?.position,
      scope: ["project", "folder", "version", "representation", "task"],
      builtin: true,
      data: { type: "float", title: "FPS", description: "Frame rate", example: 25, default: 25, gt: 0, inherit: true },
    });
    // response_model_exclude_none: an attribute without a default has no `default` key at all.
    expect(byName.get("fullName")?.data).toEqual({
      type: "string",
      title: "Full name",
      example: "Jane Doe",
      inherit: true,
    });
    expect(byName.get("description")?.data).toMatchObject({ inherit: false, widget: "markdown" });
    expect(((byName.get("priority")?.data.enum ?? []) as unknown[])[0]).toEqual({
      value: "urgent",
      label: "Urgent",
      fulltext: ["urgent"],
      icon: "keyboard_double_arrow_up",
      color: "#FF8585",
      disabled: false,
    });
  });
});

describe("GET /openapi.json", () => {
  it("serves an OpenAPI 3 document to services", async () => {
    const response = await get("/openapi.json", { "x-api-key": target().apiKey });
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toContain("/api/info");
  });

  it("refuses anonymous callers and non-managers with 403", async () => {
    const anonymous = await get("/openapi.json");
    expect(anonymous.status).toBe(403);
    expect(await anonymous.json()).toMatchObject({
      code: 403,
      detail: "You must be logged in to access OpenAPI schema",
    });
    const user = await loginNormalUser(target(), "openapi");
    const normal = await get("/openapi.json", { authorization: `Bearer ${user.token}` });
    expect(normal.status).toBe(403);
    expect(await normal.json()).toMatchObject({ detail: "You are not allowed to access OpenAPI schema" });
  });
});
