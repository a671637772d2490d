import { LOCAL_ADMIN_TOKEN, localTokenFor } from "../auth/local-token-provider";
import { ADMIN, resolveCaller } from "./caller";
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

  it("reconnaît un membre par le courriel de son jeton, quelle qu'en soit la casse, avec toutes ses communes", () => {
    const caller = resolveCaller(state, `Bearer ${localTokenFor("Secretariat@Saint-Aubin-sur-Loire.example")}`, true);
    expect(caller).toEqual({
      kind: "membre",
      email: "secretariat@saint-aubin-sur-loire.example",
      entries: [
        { id: "1", role: "secretaire", commune: "1" },
        { id: "2", role: "secretaire", commune: "2" },
      ],
    });
    expect(resolveCaller(state, `Bearer ${LOCAL_ADMIN_TOKEN}`, true)).toBe(ADMIN);
  });

  it("refuse un jeton d'une autre forme et un courriel absent des membres, en français et sans répéter le jeton", () => {
    const opaque = resolveCaller(state, "Bearer eyJ0eXAiOiJKV1Qi.secret", true);
    expect(opaque).toMatchObject({ status: 401, body: { error: { code: "InvalidAuthenticationToken" } } });
    expect(JSON.stringify(opaque)).not.toContain("eyJ0eXAiOiJKV1Qi");
    expect(JSON.stringify(opaque)).toContain("Jeton non reconnu par le stockage local");
    expect(resolveCaller(state, `Bearer ${localTokenFor("inconnu@example.fr")}`, true)).toMatchObject({
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
    expect(resolveCaller(state, undefined, true)).toMatchObject({ status: 401 });
    expect(resolveCaller(state, undefined, false)).toBe(ADMIN);
  });
});
