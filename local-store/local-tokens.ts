import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * The embedded store's credentials. A local identity is a token the store itself signed, never a claim a caller
 * writes: the secret is created at the store's first start in its data folder (readable by its owner only), and
 * tokens are short-lived. `admin` is the site owner (the developer's own processes: seeding, provisioning, tests);
 * `membre:<e-mail>` is a membre, which the app server hands to the preview's « Voir comme » — never `admin`.
 */
export const LOCAL_TOKEN_TTL_MS = 15 * 60_000;
const PREFIX = "mairie-local";
const SECRET_FILE = "local-auth.key";

export type LocalSubject = { readonly kind: "admin" } | { readonly kind: "membre"; readonly email: string };

const payloadSchema = z.object({ sub: z.string().min(1).max(320), exp: z.number().int() });

export interface LocalTokens {
  /** A token for the site owner, for processes of the developer's own machine. */
  admin(now?: number): string;
  /** A token for the membre with this e-mail; the store still checks the e-mail against the membres list. */
  forMember(email: string, now?: number): string;
  /** Who a token stands for, or undefined when it is not one of ours, altered or expired. */
  verify(token: string, now?: number): LocalSubject | undefined;
}

/** The secret of `dataDir`, created on first use (0600). */
export function loadOrCreateSecret(dataDir: string): Buffer {
  const file = path.join(dataDir, SECRET_FILE);
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, randomBytes(32).toString("hex"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const text = fs.readFileSync(file, "utf8").trim();
  if (!/^[0-9a-f]{64}$/.test(text)) throw new Error(`${file} est illisible : supprimez-le pour en créer un nouveau.`);
  return Buffer.from(text, "hex");
}

/** Whether `dataDir` already holds a store's secret (the CLI signs its owner token with it). */
export const secretExists = (dataDir: string): boolean => fs.existsSync(path.join(dataDir, SECRET_FILE));

export function localTokens(secret: Buffer): LocalTokens {
  const mac = (data: string) => createHmac("sha256", secret).update(data).digest();
  const sign = (sub: string, now: number) => {
    const data = `${PREFIX}.${Buffer.from(JSON.stringify({ sub, exp: now + LOCAL_TOKEN_TTL_MS })).toString("base64url")}`;
    return `${data}.${mac(data).toString("base64url")}`;
  };
  return {
    admin: (now = Date.now()) => sign("admin", now),
    forMember: (email, now = Date.now()) => sign(`membre:${email.trim().toLowerCase()}`, now),
    verify(token, now = Date.now()) {
      const parts = token.split(".");
      if (parts.length !== 3 || parts[0] !== PREFIX) return undefined;
      const given = Buffer.from(parts[2] ?? "", "base64url");
      const wanted = mac(`${parts[0]}.${parts[1] ?? ""}`);
      if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) return undefined;
      let payload: unknown;
      try {
        payload = JSON.parse(Buffer.from(parts[1] ?? "", "base64url").toString("utf8"));
      } catch {
        return undefined;
      }
      const parsed = payloadSchema.safeParse(payload);
      if (!parsed.success || parsed.data.exp <= now) return undefined;
      if (parsed.data.sub === "admin") return { kind: "admin" };
      return parsed.data.sub.startsWith("membre:")
        ? { kind: "membre", email: parsed.data.sub.slice("membre:".length) }
        : undefined;
    },
  };
}
