import { AyonNotFoundError } from "@kitsu-ayon/ayon-sdk";
import { afterAll, describe, expect, it } from "vitest";
import { loginNormalUser } from "./normal-user.js";
import { useContractTarget } from "./setup.js";

const { target, ayon } = useContractTarget();
/** Names of this run only: a real server's own secrets are never touched. */
const run = `katest_secret_${crypto.randomUUID().replaceAll("-", "").slice(0, 10)}`;

afterAll(async () => {
  await ayon()
    .secrets.delete(run)
    .catch(() => {});
});

describe("secrets and addon settings (how an addon's service reads its credentials)", () => {
  it("a service user writes, reads and deletes a secret; an unknown one is not found", async () => {
    await ayon().secrets.set(run, "s3cret-value");
    expect(await ayon().secrets.get(run)).toBe("s3cret-value");
    await ayon().secrets.set(run, "another");
    expect(await ayon().secrets.get(run)).toBe("another");
    await ayon().secrets.delete(run);
    await expect(ayon().secrets.get(run)).rejects.toBeInstanceOf(AyonNotFoundError);
  });

  it("a normal user may not read secrets", async () => {
    await ayon().secrets.set(run, "hidden");
    const user = await loginNormalUser(target(), "kasecret");
    const response = await fetch(`${target().serverUrl}/api/secrets/${run}`, {
      headers: { authorization: `Bearer ${user.token}` },
    });
    expect(response.status).toBe(403);
  });

  it("the settings of an addon that is not installed are not found", async () => {
    await expect(ayon().addons.settings(`katest_missing_${run}`, "0.0.1")).rejects.toBeInstanceOf(AyonNotFoundError);
  });
});
