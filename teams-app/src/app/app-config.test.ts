import { ConfigError } from "@shared/data/auth/config";
import { loadDataConfig } from "./app-config";

const TENANT = {
  tenantId: "contoso.onmicrosoft.com",
  clientId: "0f8fad5b-d9cb-469f-a165-70867728950e",
  siteId: "contoso.sharepoint.com,0f8fad5b-d9cb-469f-a165-70867728950e,7c9e6679-7425-40de-944b-e07fc1f90ae7",
};

describe("configuration des données de l'onglet", () => {
  it("hors Teams, toujours le stockage local sur la même origine, sans lire /config.json", async () => {
    const fetchJson = jest.fn();
    await expect(loadDataConfig("http://localhost:3000", false, fetchJson)).resolves.toMatchObject({
      mode: "local",
      graphBaseUrl: "http://localhost:3000/v1.0",
    });
    expect(fetchJson).not.toHaveBeenCalled();
  });

  it("dans Teams, le locataire de /config.json, avec Graph par défaut", async () => {
    await expect(loadDataConfig("https://app.example", true, async () => TENANT)).resolves.toMatchObject({
      mode: "graph",
      clientId: TENANT.clientId,
      graphBaseUrl: "https://graph.microsoft.com/v1.0",
    });
  });

  it("sans /config.json dans Teams (chargement de développement), le stockage local", async () => {
    await expect(
      loadDataConfig("https://localhost:3000", true, async () => Promise.reject(new Error("404"))),
    ).resolves.toMatchObject({ mode: "local" });
  });

  it("un /config.json erroné est une erreur en français, jamais un repli silencieux", async () => {
    const wrong = loadDataConfig("https://app.example", true, async () => ({ ...TENANT, clientId: "pas-un-guid" }));
    await expect(wrong).rejects.toBeInstanceOf(ConfigError);
    await expect(wrong).rejects.toThrow(/clientId/);
  });
});
