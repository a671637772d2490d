import { SignInError } from "@shared/data/auth/dialog-messages";
import { loadNetworkLibrary } from "@shared/data/network-clauses/load";
import { createDataLayer } from "@shared/data/create-data-layer";
import { makeClause } from "@shared/domain/acts/clauses/make-clause.test-support";
import { naaSupported, officeDialogSignIn, officeDialogTokens, signInDialogUrl } from "./office-sign-in";
import type { OfficeDialog, OfficeSignInApi } from "./office-sign-in";

type Handler = Parameters<OfficeDialog["addEventHandler"]>[1];

/**
 * Office as the pane sees it: requirement sets, and a dialog API whose dialogs the test drives as the user and our
 * sign-in page would (a message from the page, the user closing the window), or that Office refuses to open.
 */
function fakeOffice(sets: Readonly<Record<string, string>>, refuse?: number) {
  const opened: { url: string; closed: boolean; handlers: Map<string, Handler> }[] = [];
  const office: OfficeSignInApi = {
    context: {
      requirements: {
        isSetSupported: (name, version = "1.1") => (sets[name] ?? "0") >= version,
      },
      ui: {
        displayDialogAsync(url, _options, callback) {
          if (refuse !== undefined) {
            callback({ status: "failed", error: { code: refuse } });
            return;
          }
          const dialog = { url, closed: false, handlers: new Map<string, Handler>() };
          opened.push(dialog);
          callback({
            status: "succeeded",
            value: {
              addEventHandler: (type, handler) => dialog.handlers.set(type, handler),
              close: () => {
                dialog.closed = true;
              },
            },
          });
        },
      },
    },
  };
  const last = () => {
    const dialog = opened.at(-1);
    if (!dialog) throw new Error("Aucune fenêtre ouverte.");
    return dialog;
  };
  /** Our sign-in page answers with `messageParent`. */
  const answer = (message: unknown) =>
    last().handlers.get("dialogMessageReceived")?.({ message: JSON.stringify(message) });
  /** The user closes the window (Office's event 12006). */
  const closeByUser = () => last().handlers.get("dialogEventReceived")?.({ error: 12006 });
  return { office, opened, answer, closeByUser };
}

const ORIGIN = "https://mairie.example";
const token = (accessToken: string, expiresOn: number) => ({
  type: "token",
  accessToken,
  expiresOn,
  oid: "oid-claire",
  username: "claire@mairie.example",
});
/** Lets the provider's queued work run up to the dialog's opening. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("connexion dans Word et Excel : NAA si Office la prend en charge, sinon la fenêtre de dialogue d'Office", () => {
  it("choisit NAA quand Office annonce NestedAppAuth 1.1, la fenêtre de dialogue sinon", () => {
    expect(naaSupported(fakeOffice({ NestedAppAuth: "1.1" }).office)).toBe(true);
    expect(officeDialogSignIn(fakeOffice({ NestedAppAuth: "1.1" }).office, ORIGIN)).toBeUndefined();
    expect(naaSupported(fakeOffice({}).office)).toBe(false);
    expect(officeDialogSignIn(fakeOffice({ IdentityAPI: "1.3" }).office, ORIGIN)).toBeInstanceOf(Function);
  });

  it("ouvre notre page de connexion avec les portées, lit le jeton qu'elle renvoie, le garde jusqu'à son expiration", async () => {
    const fake = fakeOffice({});
    let now = 1_000_000;
    const tokens = officeDialogTokens(fake.office, signInDialogUrl(ORIGIN), ["Sites.ReadWrite.All"], () => now);
    const first = tokens.getToken();
    await settle();
    expect(fake.opened.map((d) => d.url)).toEqual([`${ORIGIN}/signin.html?scopes=Sites.ReadWrite.All`]);
    // A message that is not ours, or from another origin, is ignored; the dialog waits for the real answer.
    fake.opened[0]?.handlers.get("dialogMessageReceived")?.({ message: "<script>alert(1)</script>" });
    fake.opened[0]?.handlers.get("dialogMessageReceived")?.({
      message: JSON.stringify(token("jeton-d-ailleurs", now + 3_600_000)),
      origin: "https://ailleurs.example",
    });
    fake.answer(token("jeton-1", now + 3_600_000));
    await expect(first).resolves.toBe("jeton-1");
    expect(fake.opened[0]?.closed).toBe(true);
    expect(tokens.signedIn()).toEqual({ oid: "oid-claire", username: "claire@mairie.example" });
    await expect(tokens.getToken()).resolves.toBe("jeton-1");
    expect(fake.opened).toHaveLength(1);
    // Close to its expiry, the token is taken again.
    now += 3_600_000 - 60_000;
    const renewed = tokens.getToken();
    await settle();
    fake.answer(token("jeton-2", now + 3_600_000));
    await expect(renewed).resolves.toBe("jeton-2");
    expect(fake.opened).toHaveLength(2);
  });

  it("deux demandes en même temps n'ouvrent qu'une fenêtre (Office en refuse une seconde)", async () => {
    const fake = fakeOffice({});
    const tokens = officeDialogTokens(fake.office, signInDialogUrl(ORIGIN), ["Sites.ReadWrite.All"]);
    const both = Promise.all([tokens.getToken(), tokens.getToken()]);
    await settle();
    fake.answer(token("jeton", Date.now() + 3_600_000));
    await expect(both).resolves.toEqual(["jeton", "jeton"]);
    expect(fake.opened).toHaveLength(1);
  });

  it("fenêtre fermée, bloquée ou en échec : une erreur en français, et l'utilisateur peut réessayer", async () => {
    const fake = fakeOffice({});
    const tokens = officeDialogTokens(fake.office, signInDialogUrl(ORIGIN), ["Sites.ReadWrite.All"]);
    const closed = tokens.getToken();
    await settle();
    fake.closeByUser();
    await expect(closed).rejects.toEqual(new SignInError("Connexion annulée : la fenêtre de connexion a été fermée."));
    const failed = tokens.getToken();
    await settle();
    fake.answer({ type: "error", message: "La connexion à Microsoft 365 a échoué dans la fenêtre de connexion." });
    await expect(failed).rejects.toBeInstanceOf(SignInError);
    const retried = tokens.getToken();
    await settle();
    fake.answer(token("jeton", Date.now() + 3_600_000));
    await expect(retried).resolves.toBe("jeton");
    const blocked = officeDialogTokens(fakeOffice({}, 12011).office, signInDialogUrl(ORIGIN), ["Sites.ReadWrite.All"]);
    await expect(blocked.getToken()).rejects.toThrow(
      "Connexion impossible : le navigateur a bloqué la fenêtre de connexion : autorisez les fenêtres surgissantes pour Office.",
    );
  });

  it("dans Word, la fenêtre fermée laisse le volet sur la bibliothèque intégrée, avec la raison en français", async () => {
    const fake = fakeOffice({});
    const dialog = officeDialogSignIn(fake.office, ORIGIN);
    const config = {
      mode: "graph" as const,
      tenantId: "contoso.onmicrosoft.com",
      clientId: "00000000-0000-4000-8000-000000000001",
      siteId: "contoso.sharepoint.com:/sites/mairie",
      graphBaseUrl: "https://graph.microsoft.com/v1.0",
      scopes: ["Sites.ReadWrite.All"] as [string, ...string[]],
    };
    const loading = loadNetworkLibrary(
      () => createDataLayer(config, undefined, dialog),
      [makeClause({ id: "catalogue" })],
      "2026-12-01",
    );
    await settle();
    fake.closeByUser();
    const loaded = await loading;
    expect(loaded.unreachable).toBe(
      "Clauses du réseau inaccessibles (Connexion annulée : la fenêtre de connexion a été fermée) : le volet propose la bibliothèque intégrée.",
    );
    expect(loaded.library.list().map((c) => c.id)).toEqual(["catalogue"]);
  });
});
