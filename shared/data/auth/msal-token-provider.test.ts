import { LogLevel } from "@azure/msal-browser";
import type { AccountInfo, AuthenticationResult, IPublicClientApplication } from "@azure/msal-browser";
import { CALENDAR_SCOPES, parseDataConfig } from "./config";
import type { GraphModeConfig } from "./config";
import { createMsalTokenProvider, msalConfiguration } from "./msal-token-provider";

const config = parseDataConfig({
  mode: "graph",
  tenantId: "contoso.onmicrosoft.com",
  clientId: "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
  siteId: "root",
}) as GraphModeConfig;

const account = {
  homeAccountId: "h",
  localAccountId: "oid-claire",
  username: "claire@mairie.example",
  idTokenClaims: { oid: "oid-claire" },
} as unknown as AccountInfo;

/** Just the members the provider uses; the rest of the interface is never called. */
function fakePca(silent: () => Promise<string>, calls: string[], scopes: string[][] = []): IPublicClientApplication {
  let active: AccountInfo | null = null;
  const fake = {
    getActiveAccount: () => active,
    getAllAccounts: () => [],
    setActiveAccount: (a: AccountInfo | null) => void (active = a),
    acquireTokenSilent: async (request: { account?: AccountInfo; scopes: string[] }) => {
      calls.push(`silent:${request.account?.username ?? "-"}`);
      scopes.push(request.scopes);
      return { accessToken: await silent() } as AuthenticationResult;
    },
    ssoSilent: async (request: { loginHint?: string; scopes: string[] }) => {
      calls.push(`ssoSilent:${request.loginHint ?? "-"}`);
      scopes.push(request.scopes);
      return { accessToken: await silent(), account } as AuthenticationResult;
    },
    acquireTokenPopup: async (request: { loginHint?: string }) => {
      calls.push(`popup:${request.loginHint ?? "-"}`);
      return { accessToken: "jeton-popup", account } as AuthenticationResult;
    },
  };
  return fake as unknown as IPublicClientApplication;
}

describe("createMsalTokenProvider", () => {
  it("utilise l'authentification imbriquée dans Office et Teams, sans fenêtre", async () => {
    const calls: string[] = [];
    const provider = await createMsalTokenProvider(
      config,
      { nested: true },
      {
        factories: {
          nestable: async () => fakePca(async () => "jeton-hote", calls),
          standard: () => Promise.reject(new Error("inutile")),
        },
      },
    );
    expect(await provider.getToken()).toBe("jeton-hote");
    expect(calls).toEqual(["silent:-"]);
  });

  it("se rabat sur le client standard quand l'hôte ne sait pas faire, puis sur une fenêtre de connexion", async () => {
    const calls: string[] = [];
    let signedIn = false;
    const provider = await createMsalTokenProvider(
      config,
      { nested: true },
      {
        factories: {
          nestable: () => Promise.reject(new Error("NAA non pris en charge")),
          standard: async () =>
            fakePca(
              async () => (signedIn ? "jeton-silencieux" : Promise.reject(new Error("interaction_required"))),
              calls,
            ),
        },
      },
    );
    expect(await provider.getToken()).toBe("jeton-popup");
    signedIn = true;
    expect(await provider.getToken()).toBe("jeton-silencieux");
    expect(calls).toEqual(["silent:-", "popup:-", "silent:claire@mairie.example"]);
  });

  it("connecte sans fenêtre le compte que l'hôte nomme (ssoSilent), la fenêtre reprenant ce compte si besoin ; identité par oid", async () => {
    const calls: string[] = [];
    let ready = true;
    const provider = await createMsalTokenProvider(
      config,
      { nested: true, loginHint: async () => "claire@mairie.example" },
      {
        factories: {
          nestable: async () =>
            fakePca(async () => (ready ? "jeton-sso" : Promise.reject(new Error("interaction_required"))), calls),
          standard: () => Promise.reject(new Error("inutile")),
        },
      },
    );
    expect(await provider.getToken()).toBe("jeton-sso");
    expect(calls).toEqual(["ssoSilent:claire@mairie.example"]);
    expect(provider.signedIn()).toEqual({ oid: "oid-claire", username: "claire@mairie.example" });
    ready = false;
    const again = await createMsalTokenProvider(
      config,
      { nested: true, loginHint: async () => "invitee_gmail.com#EXT#@contoso.onmicrosoft.com" },
      {
        factories: {
          nestable: async () => fakePca(async () => Promise.reject(new Error("x")), calls),
          standard: () => Promise.reject(new Error("inutile")),
        },
      },
    );
    expect(await again.getToken()).toBe("jeton-popup");
    expect(calls.slice(1)).toEqual([
      "ssoSilent:invitee_gmail.com#EXT#@contoso.onmicrosoft.com",
      "popup:invitee_gmail.com#EXT#@contoso.onmicrosoft.com",
    ]);
  });

  it("demande les portées du calendrier à part, au même client connecté", async () => {
    const scopes: string[][] = [];
    let created = 0;
    const nestable = async () => {
      created += 1;
      return fakePca(async () => "jeton", [], scopes);
    };
    const provider = await createMsalTokenProvider(
      config,
      { nested: true },
      { factories: { nestable, standard: () => Promise.reject(new Error("inutile")) } },
    );
    await provider.getToken();
    await provider.withScopes(CALENDAR_SCOPES).getToken();
    expect(scopes).toEqual([["Sites.ReadWrite.All"], ["Calendars.ReadWrite"]]);
    expect(created).toBe(1);
  });

  it("ne transmet au journal aucun message MSAL marqué comme sensible", () => {
    const lines: string[] = [];
    const callback = msalConfiguration(config, { debug: (m) => lines.push(m) }).system?.loggerOptions?.loggerCallback;
    callback?.(LogLevel.Info, "acquireTokenSilent called", false);
    callback?.(LogLevel.Info, "access_token=eyJ.secret", true);
    expect(lines).toEqual(["acquireTokenSilent called"]);
  });

  it("configure l'autorité du locataire", () => {
    expect(msalConfiguration(config, { debug: () => undefined }).auth.authority).toBe(
      "https://login.microsoftonline.com/contoso.onmicrosoft.com",
    );
  });
});
