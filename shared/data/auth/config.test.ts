import { ConfigError, DEFAULT_SCOPES, parseDataConfig } from "./config";

const TENANT = "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b";
const CLIENT = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const SITE = "contoso.sharepoint.com,11111111-2222-3333-4444-555555555555,66666666-7777-8888-9999-000000000000";

describe("parseDataConfig", () => {
  it("complète une configuration Graph : adresse de Graph et portée par défaut", () => {
    expect(parseDataConfig({ mode: "graph", tenantId: TENANT, clientId: CLIENT, siteId: SITE })).toEqual({
      mode: "graph",
      tenantId: TENANT,
      clientId: CLIENT,
      siteId: SITE,
      graphBaseUrl: "https://graph.microsoft.com/v1.0",
      scopes: [...DEFAULT_SCOPES],
    });
  });

  it("accepte le stockage local en http sur la boucle locale", () => {
    const config = parseDataConfig({
      mode: "local",
      graphBaseUrl: "http://127.0.0.1:4100/v1.0",
      siteId: "localhost:/sites/mairie",
    });
    expect(config.mode).toBe("local");
  });

  it("explique en français chaque champ invalide", () => {
    expect(() =>
      parseDataConfig({
        mode: "graph",
        tenantId: "x",
        clientId: "abc",
        siteId: SITE,
        graphBaseUrl: "http://graph.example/v1.0",
      }),
    ).toThrow(
      new ConfigError(
        "Configuration des données invalide : « tenantId » doit être un GUID ou un domaine (contoso.onmicrosoft.com) ; « clientId » doit être le GUID de l'application inscrite dans Entra ID ; « graphBaseUrl » doit être une adresse https (ou http sur la machine locale).",
      ),
    );
    expect(() => parseDataConfig({ mode: "cloud" })).toThrow("« mode » doit valoir « local » ou « graph »");
    expect(() => parseDataConfig(null)).toThrow(ConfigError);
  });
});
