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
      user?: { name: string; data?: { isService?: boolean } };
      attributes?: { name: string; scope: string[]; data: { type: string } }[];
    };
    expect(info.user?.data?.isService).toBe(true);
    const fps = info.attributes?.find((attribute) => attribute.name === "fps");
    expect(fps?.scope).toEqual(expect.arrayContaining(["project", "folder", "task"]));
    expect(fps?.data.type).toBe("float");
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
