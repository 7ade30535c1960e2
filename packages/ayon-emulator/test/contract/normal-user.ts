import type { ContractTarget } from "./target.js";

/**
 * Creates a normal (non-manager) user with a password and logs in: AYON only gives service users
 * API keys, so other roles authenticate with a bearer token. Returns the user name and the token.
 */
export async function loginNormalUser(
  target: ContractTarget,
  prefix: string,
): Promise<{ name: string; token: string }> {
  const name = target.userName(prefix);
  const password = `Pw-${crypto.randomUUID()}`;
  const headers = { "x-api-key": target.apiKey, "content-type": "application/json" };
  const created = await fetch(`${target.serverUrl}/api/users/${name}`, {
    method: "PUT",
    headers,
    body: JSON.stringify({ password, attrib: { fullName: "Contract tester" } }),
  });
  if (!created.ok) throw new Error(`creating user ${name}: ${created.status} ${await created.text()}`);
  const login = await fetch(`${target.serverUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, password }),
  });
  if (!login.ok) throw new Error(`logging in ${name}: ${login.status} ${await login.text()}`);
  const { token } = (await login.json()) as { token: string };
  return { name, token };
}
