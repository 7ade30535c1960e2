import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AyonEmulator, startAyonEmulator } from "../src/index.js";

// The emulator's two users stand for users AYON's setup deploys (setup/users.py, `deploy_users`),
// which keep an empty `accessGroups` and `defaultAccessGroups`; a user created with PUT does not
// (UserEntity.save drops them), which the contract suite pins.

let emulator: AyonEmulator;
beforeAll(async () => {
  emulator = await startAyonEmulator({
    apiKey: "AbCd0123456789012345678901234567",
    admin: { name: "boss", password: "x" },
  });
});
afterAll(() => emulator.stop());

const me = async (headers: Record<string, string>) =>
  (await (await fetch(`${emulator.url}/api/users/me`, { headers })).json()) as Record<string, unknown>;

describe("the emulator's deployed users", () => {
  it("shows the service user's key preview and empty access groups on /users/me", async () => {
    expect(await me({ "x-api-key": emulator.apiKey })).toMatchObject({
      name: "service",
      data: { isService: true, apiKeyPreview: "AbCd***4567", accessGroups: {}, defaultAccessGroups: [] },
      ownAttrib: ["fullName", "email", "avatarUrl", "developerMode"],
    });
  });

  it("shows the admin's empty access groups, and never its password", async () => {
    const login = await fetch(`${emulator.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "boss", password: "x" }),
    });
    const { token } = (await login.json()) as { token: string };
    const admin = await me({ authorization: `Bearer ${token}` });
    expect(admin.data).toEqual({ isAdmin: true, accessGroups: {}, defaultAccessGroups: [] });
  });

  it("answers GET / with a page, as a deployed AYON serves its frontend there", async () => {
    const page = await fetch(`${emulator.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
  });
});
