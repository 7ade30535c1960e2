import { AyonInvalidCredentialsError, AyonUnauthorizedError } from "@kitsu-ayon/ayon-sdk";
import { beforeAll, describe, expect, it } from "vitest";
import { createPerson, failure, loginAs, PASSWORD, raw } from "../support.js";
import { clientFor } from "./client.js";
import { useContractTarget } from "./setup.js";

const { target, ayon } = useContractTarget();
let person: string;

beforeAll(async () => {
  person = target().userName("auth");
  await createPerson(ayon(), person);
});

const login = (name: string, password: string) =>
  raw(target(), "POST", "/api/auth/login", { body: { name, password }, apiKey: null });

describe("authentication", () => {
  it("logs a person in with name and password, without credentials, and returns a 64-hex token and the user", async () => {
    const answer = await login(person, PASSWORD);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ detail: `Logged in as ${person}`, user: { name: person, active: true } });
    expect((answer.body as { token: string }).token).toMatch(/^[0-9a-f]{64}$/);
  });

  it("accepts the user name in another letter case at login", async () => {
    const answer = await login(person.toUpperCase(), PASSWORD);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ user: { name: person } });
  });

  it("refuses a wrong password with 403, not 401", async () => {
    const answer = await login(person, "Wrong.password.1");
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ code: 403, detail: "Invalid login/password combination" });
  });

  it("refuses an unknown user name exactly like a wrong password", async () => {
    const answer = await login(target().userName("nobody"), PASSWORD);
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ detail: "Invalid login/password combination" });
  });

  it("does not let a service user log in with a password", async () => {
    const service = target().userName("svc");
    const apiKey = crypto.randomUUID().replaceAll("-", "");
    await ayon().http.PUT("/api/users/{user_name}", {
      params: { path: { user_name: service } },
      body: { data: { isService: true }, apiKey },
    });
    const answer = await login(service, PASSWORD);
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ detail: "Service users cannot log in" });
  });

  it("refuses to log in an inactive user with 401", async () => {
    const inactive = target().userName("inactive");
    await createPerson(ayon(), inactive);
    await ayon().http.PATCH("/api/users/{user_name}", {
      params: { path: { user_name: inactive } },
      body: { active: false },
    });
    const answer = await login(inactive, PASSWORD);
    expect(answer.status).toBe(401);
  });

  it("authenticates /users/me with the session token as a bearer token, a cookie or ?token=", async () => {
    const { token } = (await login(person, PASSWORD)).body as { token: string };
    const bearer = await raw(target(), "GET", "/api/users/me", {
      apiKey: null,
      headers: { authorization: `Bearer ${token}` },
    });
    const cookie = await raw(target(), "GET", "/api/users/me", {
      apiKey: null,
      headers: { cookie: `accessToken=${token}` },
    });
    const query = await raw(target(), "GET", `/api/users/me?token=${token}`, { apiKey: null });
    for (const answer of [bearer, cookie, query]) {
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ name: person, uiExposureLevel: 500 });
    }
  });

  it("authenticates with the API key in x-api-key or in an `Authorization: ApiKey` header", async () => {
    const header = await raw(target(), "GET", "/api/users/me");
    const authorization = await raw(target(), "GET", "/api/users/me", {
      apiKey: null,
      headers: { authorization: `ApiKey ${target().apiKey}` },
    });
    expect(header.status).toBe(200);
    expect(authorization.body).toEqual(header.body);
    expect(header.body).toMatchObject({ data: { isService: true } });
  });

  it("answers 401 without credentials, and with an invalid API key or token", async () => {
    expect((await raw(target(), "GET", "/api/users/me", { apiKey: null })).status).toBe(401);
    expect((await raw(target(), "GET", "/api/users/me", { apiKey: "x".repeat(32) })).status).toBe(401);
    const badToken = await raw(target(), "GET", "/api/users/me", {
      apiKey: null,
      headers: { authorization: `Bearer ${"0".repeat(64)}` },
    });
    expect(badToken.status).toBe(401);
  });

  it("revokes the session at logout: the token is refused afterwards", async () => {
    const { token } = (await login(person, PASSWORD)).body as { token: string };
    const headers = { authorization: `Bearer ${token}` };
    const logout = await raw(target(), "POST", "/api/auth/logout", { apiKey: null, headers });
    expect(logout.status).toBe(200);
    expect(logout.body).toMatchObject({ detail: "Logged out" });
    expect((await raw(target(), "GET", "/api/users/me", { apiKey: null, headers })).status).toBe(401);
  });

  it("gives the typed client of a logged-in person the person's identity", async () => {
    const asPerson = loginAs(target(), person);
    const { data } = await asPerson.http.GET("/api/users/me");
    expect(data?.name).toBe(person);
  });

  it("maps the refusals to typed errors: 403 for bad credentials, 401 for a refused key", async () => {
    const wrong = await failure(loginAs(target(), person, "Wrong.password.1").http.GET("/api/users/me"));
    expect(wrong).toBeInstanceOf(AyonInvalidCredentialsError);
    expect(wrong.status).toBe(403);
    const refused = clientFor({ ...target(), apiKey: "y".repeat(32) });
    expect(await failure(refused.http.GET("/api/users/me"))).toBeInstanceOf(AyonUnauthorizedError);
  });
});
