import {
  type AyonClient,
  AyonConflictError,
  AyonForbiddenError,
  AyonNotFoundError,
  AyonValidationError,
} from "@kitsu-ayon/ayon-sdk";
import { beforeAll, describe, expect, it } from "vitest";
import { createPerson, failure, loginAs, PASSWORD, raw } from "../support.js";
import { useContractTarget } from "./setup.js";

const { target, ayon } = useContractTarget();
let me: string;

beforeAll(async () => {
  me = ((await ayon().http.GET("/api/users/me")).data as { name: string }).name;
});

const at = (name: string) => ({ params: { path: { user_name: name } } });
const getUser = async (client: AyonClient, name: string) =>
  (await client.http.GET("/api/users/{user_name}", at(name))).data as Record<string, unknown> & {
    data: Record<string, unknown>;
    attrib: Record<string, unknown>;
  };

describe("users", () => {
  it("creates a user with PUT (204) whose record shows its attributes, data and creator", async () => {
    const name = target().userName("create");
    const { response } = await ayon().http.PUT("/api/users/{user_name}", {
      ...at(name),
      body: { attrib: { fullName: "Ada Lovelace", email: `${name}@example.com` }, data: { kitsuId: "k-1" } },
    });
    expect(response.status).toBe(204);
    const user = await getUser(ayon(), name);
    expect(user).toMatchObject({
      name,
      active: true,
      attrib: { fullName: "Ada Lovelace", email: `${name}@example.com` },
      data: { kitsuId: "k-1", createdBy: me },
    });
    expect(user.ownAttrib).toEqual(expect.arrayContaining(["fullName", "email"]));
  });

  it("refuses to create a user whose name is taken (409)", async () => {
    const name = target().userName("twice");
    await createPerson(ayon(), name);
    const error = await failure(ayon().http.PUT("/api/users/{user_name}", { ...at(name), body: {} }));
    expect(error).toBeInstanceOf(AyonConflictError);
    expect(error.detail).toBe("User already exists");
  });

  it("refuses a name taken in another letter case: the unique index on LOWER(name) fails the insert", async () => {
    const name = target().userName("case");
    await createPerson(ayon(), name);
    const error = await failure(ayon().http.PUT("/api/users/{user_name}", { ...at(name.toUpperCase()), body: {} }));
    // UserEntity.load is case-sensitive, so the clash surfaces as an unhandled integrity error.
    expect(error).toBeInstanceOf(AyonConflictError);
    expect(error).toMatchObject({ status: 500, errorCode: "unique-violation" });
    expect(error.body).toMatchObject({ code: 409, error: "unique-violation" });
  });

  it("rejects user names outside USER_NAME_REGEX with 400 (one character, leading dash, an e-mail)", async () => {
    for (const name of ["a", "-bob", "bob@example.com", "bob_"]) {
      const error = await failure(ayon().http.PUT("/api/users/{user_name}", { ...at(name), body: {} }));
      expect(error, name).toBeInstanceOf(AyonValidationError);
    }
  });

  it("merges data one level deep on PATCH, a null value deleting the key, nested objects replaced", async () => {
    const name = target().userName("merge");
    await createPerson(ayon(), name, { kitsuId: "k-2", keep: 1, nested: { a: 1, b: 2 } });
    await ayon().http.PATCH("/api/users/{user_name}", {
      ...at(name),
      body: { data: { kitsuId: null, nested: { c: 3 }, added: true }, attrib: { email: `${name}@example.com` } },
    });
    const user = await getUser(ayon(), name);
    expect(user.data).toMatchObject({ keep: 1, nested: { c: 3 }, added: true, updatedBy: me });
    expect(user.data).not.toHaveProperty("kitsuId");
    expect(user.attrib).toMatchObject({ fullName: `Test ${name}`, email: `${name}@example.com` });
  });

  it("emits entity.user.created (summary naming the creator) and entity.user.deleted, but nothing on PATCH", async () => {
    const name = target().userName("events");
    const since = new Date(Date.now() - 1000).toISOString();
    await createPerson(ayon(), name);
    await ayon().http.PATCH("/api/users/{user_name}", { ...at(name), body: { attrib: { fullName: "Renamed" } } });
    await ayon().http.DELETE("/api/users/{user_name}", at(name));
    const events = await ayon().events.list({ topics: ["entity.user.*"], newerThan: since });
    const mine = events.filter((event) => event.description.includes(name));
    expect(mine.map((event) => event.topic)).toEqual(["entity.user.created", "entity.user.deleted"]);
    expect(mine[0]?.summary).toEqual({ entityName: me });
    expect(mine[1]?.summary).toEqual({ entityName: name });
    expect(mine[1]?.payload).toMatchObject({ entityData: { name, attrib: { fullName: "Renamed" } } });
  });

  it("deletes a user (204): the user is gone afterwards (404)", async () => {
    const name = target().userName("delete");
    await createPerson(ayon(), name);
    const { response } = await ayon().http.DELETE("/api/users/{user_name}", at(name));
    expect(response.status).toBe(204);
    expect(await failure(ayon().http.GET("/api/users/{user_name}", at(name)))).toBeInstanceOf(AyonNotFoundError);
  });

  it("looks users up by their exact name: another letter case is not found", async () => {
    const name = target().userName("exact");
    await createPerson(ayon(), name);
    expect(await failure(ayon().http.GET("/api/users/{user_name}", at(name.toUpperCase())))).toBeInstanceOf(
      AyonNotFoundError,
    );
  });

  it("answers /users/me and the caller's own record with its key's preview and every user attribute as its own", async () => {
    const key = target().apiKey;
    const userAttributes = (
      (await raw(target(), "GET", "/api/attributes")).body as {
        attributes: { name: string; scope: string[] }[];
      }
    ).attributes
      .filter((attribute) => attribute.scope.includes("user"))
      .map((attribute) => attribute.name);
    const mine = await raw(target(), "GET", "/api/users/me");
    // The caller is rebuilt from its session's copy of the whole user model, so every user attribute
    // counts as its own, set or not (`user_from_request` in ayon_server/api/auth.py).
    expect(mine.body).toMatchObject({
      name: me,
      uiExposureLevel: 900,
      data: { isService: true, apiKeyPreview: `${key.slice(0, 4)}***${key.slice(-4)}` },
      ownAttrib: userAttributes,
    });
    const own = (await raw(target(), "GET", `/api/users/${me}`)).body as Record<string, unknown>;
    expect(own).toMatchObject({ name: me, ownAttrib: userAttributes });
    expect(own).not.toHaveProperty("uiExposureLevel");
  });

  it("gives service users an API key of exactly 32 letters or digits, which then authenticates them", async () => {
    const name = target().userName("service");
    const apiKey = crypto.randomUUID().replaceAll("-", "");
    await ayon().http.PUT("/api/users/{user_name}", { ...at(name), body: { data: { isService: true }, apiKey } });
    const me2 = await raw(target(), "GET", "/api/users/me", { apiKey });
    expect(me2.body).toMatchObject({
      name,
      data: { isService: true, apiKeyPreview: `${apiKey.slice(0, 4)}***${apiKey.slice(-4)}` },
    });
    // UserEntity.save drops empty access groups (validate_access_groups): only a user deployed by
    // AYON's setup keeps `accessGroups: {}` and `defaultAccessGroups: []`.
    expect((me2.body as { data: Record<string, unknown> }).data).not.toHaveProperty("accessGroups");
    expect((me2.body as { data: Record<string, unknown> }).data).not.toHaveProperty("defaultAccessGroups");
    const short = await raw(target(), "PUT", `/api/users/${target().userName("short")}`, {
      body: { data: { isService: true }, apiKey: "abc" },
    });
    // UserEntity.set_api_key asserts the format: a failed assert is an HTTP 500.
    expect(short.status).toBe(500);
  });

  it("gives API keys to services only and passwords to people only (400)", async () => {
    const person = await failure(
      ayon().http.PUT("/api/users/{user_name}", {
        ...at(target().userName("keyed")),
        body: { apiKey: crypto.randomUUID().replaceAll("-", "") },
      }),
    );
    expect(person).toBeInstanceOf(AyonValidationError);
    expect(person.detail).toBe("Only service users can have API keys");
    const service = await failure(
      ayon().http.PUT("/api/users/{user_name}", {
        ...at(target().userName("svcpass")),
        body: { data: { isService: true }, password: PASSWORD },
      }),
    );
    expect(service.detail).toBe("Service users cannot have passwords");
  });

  it("lets only managers create users: a normal user logged in with a password gets 403", async () => {
    const artist = target().userName("artist");
    await createPerson(ayon(), artist);
    const asArtist = loginAs(target(), artist);
    const error = await failure(
      asArtist.http.PUT("/api/users/{user_name}", { ...at(target().userName("x")), body: {} }),
    );
    expect(error).toBeInstanceOf(AyonForbiddenError);
    const other = await failure(asArtist.http.DELETE("/api/users/{user_name}", at(artist)));
    expect(other).toBeInstanceOf(AyonForbiddenError);
  });

  it("checks password complexity when a manager who is not an admin sets it, not when an admin does", async () => {
    const manager = target().userName("manager");
    await createPerson(ayon(), manager, { isManager: true });
    const asManager = loginAs(target(), manager);
    const weak = await failure(
      asManager.http.PUT("/api/users/{user_name}", { ...at(target().userName("weak")), body: { password: "short" } }),
    );
    expect(weak).toBeInstanceOf(AyonValidationError);
    expect(weak.detail).toMatch(/^Password must be at least 8 characters/);
    const strong = target().userName("strong");
    await asManager.http.PUT("/api/users/{user_name}", { ...at(strong), body: { password: PASSWORD } });
    const byAdmin = target().userName("byadmin");
    await ayon().http.PUT("/api/users/{user_name}", { ...at(byAdmin), body: { password: "abc" } });
    const login = await raw(target(), "POST", "/api/auth/login", {
      body: { name: byAdmin, password: "abc" },
      apiKey: null,
    });
    expect(login.status).toBe(200);
  });

  it("shows other users to a non-manager as their name and full name only, padded with model defaults", async () => {
    const viewer = target().userName("viewer");
    const other = target().userName("other");
    await createPerson(ayon(), viewer);
    await createPerson(ayon(), other, { kitsuId: "secret" });
    const seen = await getUser(loginAs(target(), viewer), other);
    // The route's response_model turns the handler's small dict into a UserModel with defaults.
    expect(seen).toMatchObject({ name: other, attrib: { fullName: `Test ${other}` }, data: {}, active: true });
    expect(Object.keys(seen as object).sort()).toEqual(["active", "attrib", "createdAt", "data", "name", "updatedAt"]);
  });

  it("lets a normal user change their own attributes but not their data or active flag", async () => {
    const self = target().userName("self");
    await createPerson(ayon(), self, { kitsuId: "k-3" });
    const asSelf = loginAs(target(), self);
    await asSelf.http.PATCH("/api/users/{user_name}", {
      ...at(self),
      body: { attrib: { fullName: "Myself" }, data: { kitsuId: "hacked", isManager: true } },
    });
    const user = await getUser(ayon(), self);
    expect(user.attrib.fullName).toBe("Myself");
    expect(user.data).toMatchObject({ kitsuId: "k-3" });
    expect(user.data.isManager).toBeUndefined();
  });

  it("assigns access groups per project; an empty list removes the project", async () => {
    const project = target().projectName("access");
    await ayon().http.POST("/api/projects", { body: { name: project, code: project } });
    const name = target().userName("groups");
    await createPerson(ayon(), name);
    await ayon().http.PATCH("/api/users/{user_name}/accessGroups", {
      ...at(name),
      body: { accessGroups: [{ project, accessGroups: ["artist"] }] },
    });
    expect((await getUser(ayon(), name)).data.accessGroups).toEqual({ [project]: ["artist"] });
    await ayon().http.PATCH("/api/users/{user_name}/accessGroups", {
      ...at(name),
      body: { accessGroups: [{ project, accessGroups: [] }] },
    });
    expect((await getUser(ayon(), name)).data.accessGroups ?? {}).toEqual({});
  });
});
