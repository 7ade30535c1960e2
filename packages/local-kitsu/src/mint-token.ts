import { createHmac, randomUUID } from "node:crypto";

export interface MintZouAccessTokenOptions {
  /** The Zou server's SECRET_KEY (`LocalKitsuConnection.secretKey`). */
  secretKey: string;
  personId: string;
  /** Seconds until expiry; negative gives a token that has already expired. */
  expiresInSeconds: number;
  /** @default "person" */
  identityType?: "person" | "bot";
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString("base64url");

/**
 * Signs an access token the way Zou's flask-jwt-extended does (HS256 with SECRET_KEY), for tests
 * that need a token Zou itself will judge: an expired one above all, which Zou never issues (its
 * lifetimes are hard-coded to 7 days). Zou accepts any `jti` for persons that is not in its blocklist.
 */
export function mintZouAccessToken(options: MintZouAccessTokenOptions): string {
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const payload = base64url(
    JSON.stringify({
      fresh: false,
      iat: now - 60,
      jti: randomUUID(),
      type: "access",
      sub: options.personId,
      nbf: now - 60,
      exp: now + options.expiresInSeconds,
      identity_type: options.identityType ?? "person",
    }),
  );
  const signature = createHmac("sha256", options.secretKey).update(`${header}.${payload}`).digest("base64url");
  return `${header}.${payload}.${signature}`;
}
