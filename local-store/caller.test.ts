import { randomBytes } from "node:crypto";
import { ADMIN, resolveCaller } from "./caller";
import { LOCAL_TOKEN_TTL_MS, localTokens } from "./local-tokens";
import { StoreState } from "./model";
import type { JournalRecord } from "./model";
import { seedDemo } from "./seed";

function seededState(): StoreState {
  const state = new StoreState();
  seedDemo(
    { state, commit: (records: readonly JournalRecord[]) => records.forEach((r) => state.apply(r)) },
    new Date("2026-02-01T00:00:00Z"),
  );
  return state;
}

describe("qui appelle le stockage local", () => {
  const state = seededState();
  const tokens = localTokens(randomBytes(32));
  const resolve = (authorization: string | undefined, requireToken = true) =>
    resolveCaller(state, authorization, requireToken, tokens);

  it("reconnaît un membre par le courriel de son jeton, quelle qu'en soit la casse, avec toutes ses communes", () => {
    const caller = resolve(`Bearer ${tokens.forMember("Secretariat@Saint-Aubin-sur-Loire.example")}`);
    expect(caller).toEqual({
      kind: "membre",
      email: "secretariat@saint-aubin-sur-loire.example",
      entries: [
        { id: "1", role: "secretaire", commune: "1" },
        { id: "2", role: "secretaire", commune: "2" },
      ],
    });
    expect(resolve(`Bearer ${tokens.admin()}`)).toBe(ADMIN);
  });

  it("refuse un jeton d'une autre forme et un courriel absent des membres, en français et sans répéter le jeton", () => {
    const opaque = resolve("Bearer eyJ0eXAiOiJKV1Qi.secret");
    expect(opaque).toMatchObject({ status: 401, body: { error: { code: "InvalidAuthenticationToken" } } });
    expect(JSON.stringify(opaque)).not.toContain("eyJ0eXAiOiJKV1Qi");
    expect(JSON.stringify(opaque)).toContain("Jeton non reconnu par le stockage local");
    expect(resolve(`Bearer ${tokens.forMember("inconnu@example.fr")}`)).toMatchObject({
      status: 403,
      body: {
        error: {
          code: "accessDenied",
          message:
            "Le compte inconnu@example.fr ne figure pas dans la liste des membres : demandez au secrétariat de vous y inscrire.",
        },
      },
    });
  });

  it("exige un jeton, sauf sur un stockage démarré sans authentification", () => {
    expect(resolve(undefined)).toMatchObject({ status: 401 });
    expect(resolve(undefined, false)).toBe(ADMIN);
  });

  it("refuse une identité déclarée plutôt que signée : l'ancien « local.admin », un jeton forgé, altéré ou expiré", () => {
    const unauthorized = { status: 401, body: { error: { code: "InvalidAuthenticationToken" } } };
    const forged = localTokens(randomBytes(32));
    const genuine = tokens.forMember("secretariat@saint-aubin-sur-loire.example");
    const [head, payload, signature] = genuine.split(".");
    const asAdmin = Buffer.from(JSON.stringify({ sub: "admin", exp: Date.now() + 60_000 })).toString("base64url");
    for (const token of [
      "local.admin",
      "local.secretariat@saint-aubin-sur-loire.example",
      forged.admin(),
      `${head}.${asAdmin}.${signature}`,
      `${head}.${payload}.${signature}x`,
      tokens.admin(Date.now() - LOCAL_TOKEN_TTL_MS - 1),
    ])
      expect(resolve(`Bearer ${token}`)).toMatchObject(unauthorized);
  });
});
