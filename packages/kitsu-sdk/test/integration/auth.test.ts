import { readFileSync } from "node:fs";
import { findFreePorts, mintZouAccessToken } from "@kitsu-ayon/local-kitsu";
import { describe, expect, inject, it } from "vitest";
import "../../../local-kitsu/test/integration/kitsu-context.js";
import { createTransport } from "../../src/client/transport.js";
import {
  KitsuConnectionError,
  KitsuInactiveAccountError,
  KitsuInvalidCredentialsError,
  KitsuNotFoundError,
  KitsuWrongUrlError,
} from "../../src/errors.js";

const kitsu = inject("kitsu");
const get = (path: string) => new Request(`${kitsu.apiUrl}${path}`);

/** Requests that reached Zou, from its gunicorn access log. */
const accessLogCount = (needle: string) =>
  readFileSync(kitsu.apiAccessLog, "utf8")
    .split("\n")
    .filter((line) => line.includes(needle)).length;

async function settledCount(needle: string, atLeast: number): Promise<number> {
  for (let i = 0; i < 40 && accessLogCount(needle) < atLeast; i++) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 200));
  return accessLogCount(needle);
}

async function realLogin(email: string, password: string) {
  const response = await fetch(`${kitsu.apiUrl}/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  return (await response.json()) as { refresh_token: string; user: { id: string } };
}

describe("auth against a real Zou", () => {
  it("refreshes an expired token once for concurrent requests: exactly one refresh reaches Zou", async () => {
    const { refresh_token, user } = await realLogin(kitsu.admin.email, kitsu.admin.password);
    const expired = mintZouAccessToken({ secretKey: kitsu.secretKey, personId: user.id, expiresInSeconds: -60 });
    const direct = await fetch(get("/data/projects/open"), { headers: { authorization: `Bearer ${expired}` } });
    expect(direct.status).toBe(401);
    expect(await direct.json()).toMatchObject({ message: "Signature has expired" });

    const refreshesBefore = await settledCount("GET /auth/refresh-token", 0);
    const loginsBefore = accessLogCount("POST /auth/login");
    const transport = createTransport({
      apiUrl: kitsu.apiUrl,
      auth: { ...kitsu.admin, session: { accessToken: expired, refreshToken: refresh_token } },
    });
    const answers = await Promise.all(Array.from({ length: 12 }, () => transport.send(get("/data/projects/open"))));

    expect(answers.map((answer) => answer.status)).toEqual(Array(12).fill(200));
    expect((await settledCount("GET /auth/refresh-token", refreshesBefore + 1)) - refreshesBefore).toBe(1);
    expect(accessLogCount("POST /auth/login")).toBe(loginsBefore);
  });

  it("logs in again when Zou refuses the refresh token", async () => {
    const { user } = await realLogin(kitsu.admin.email, kitsu.admin.password);
    const expired = mintZouAccessToken({ secretKey: kitsu.secretKey, personId: user.id, expiresInSeconds: -1 });
    const loginsBefore = await settledCount("POST /auth/login", 0);
    const transport = createTransport({
      apiUrl: kitsu.apiUrl,
      auth: { ...kitsu.admin, session: { accessToken: expired, refreshToken: "not.a.token" } },
    });
    await expect(transport.send(get("/auth/authenticated"))).resolves.toHaveProperty("status", 200);
    expect((await settledCount("POST /auth/login", loginsBefore + 1)) - loginsBefore).toBe(1);
  });

  it("reports wrong credentials and inactive accounts with distinct errors", async () => {
    const wrong = createTransport({
      apiUrl: kitsu.apiUrl,
      auth: { email: kitsu.admin.email, password: "wrong-password" },
    });
    await expect(wrong.send(get("/data/projects/open"))).rejects.toBeInstanceOf(KitsuInvalidCredentialsError);

    const admin = createTransport({ apiUrl: kitsu.apiUrl, auth: { token: kitsu.bot.token } });
    const email = `inactive-${Date.now()}@example.com`;
    await admin.send(
      new Request(`${kitsu.apiUrl}/data/persons`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          first_name: "Gone",
          last_name: "Away",
          email,
          password: "a-long-password",
          active: false,
        }),
      }),
    );
    const inactive = createTransport({ apiUrl: kitsu.apiUrl, auth: { email, password: "a-long-password" } });
    await expect(inactive.send(get("/data/projects/open"))).rejects.toBeInstanceOf(KitsuInactiveAccountError);
  });

  it("explains a wrong API URL and an unreachable server", async () => {
    const withApi = createTransport({ apiUrl: `${kitsu.apiUrl}/api`, auth: { token: kitsu.bot.token }, retry: false });
    const failure = withApi
      .send(new Request(`${kitsu.apiUrl}/api/data/projects/open`))
      .catch((error: unknown) => error);
    expect(await failure).toSatisfy(
      (error) => error instanceof KitsuWrongUrlError || error instanceof KitsuNotFoundError,
    );

    const [port] = await findFreePorts(1);
    const nowhere = createTransport({
      apiUrl: `http://127.0.0.1:${port}`,
      auth: { token: "t" },
      retry: { baseDelayMs: 1, maxDelayMs: 2 },
    });
    await expect(nowhere.send(new Request(`http://127.0.0.1:${port}/data/projects/open`))).rejects.toBeInstanceOf(
      KitsuConnectionError,
    );
  });
});
