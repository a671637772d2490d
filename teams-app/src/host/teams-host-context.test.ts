import { app, pages } from "@microsoft/teams-js";
import { configureNetworkTab } from "./teams-host-context";

jest.mock("@microsoft/teams-js", () => {
  const calls: string[] = [];
  let initialized = false;
  // As teams-js does: any pages.config call before app.initialize() has resolved throws.
  const guarded =
    (name: string, result?: unknown) =>
    (...args: unknown[]) => {
      if (!initialized) throw new Error("The library has not yet been initialized");
      calls.push(name);
      if (name === "registerOnSaveHandler") (globalThis as { saveHandler?: unknown }).saveHandler = args[0];
      return result;
    };
  return {
    calls,
    app: {
      initialize: jest.fn(async () => {
        calls.push("initialize");
        initialized = true;
      }),
      notifySuccess: guarded("notifySuccess"),
    },
    pages: {
      config: {
        registerOnSaveHandler: guarded("registerOnSaveHandler"),
        setValidityState: guarded("setValidityState"),
        setConfig: jest.fn(async (config: unknown) => {
          calls.push(`setConfig ${JSON.stringify(config)}`);
        }),
      },
    },
  };
});

describe("page de configuration de l'onglet de canal", () => {
  it("initialise le SDK avant pages.config, déclare la page valide, et enregistre l'onglet du réseau", async () => {
    const { calls } = jest.requireMock<{ calls: string[] }>("@microsoft/teams-js");
    await configureNetworkTab("https://mairie.example.fr");
    expect(calls).toEqual(["initialize", "registerOnSaveHandler", "setValidityState", "notifySuccess"]);
    const saveEvent = { notifySuccess: jest.fn(), notifyFailure: jest.fn() };
    (globalThis as unknown as { saveHandler: (e: typeof saveEvent) => void }).saveHandler(saveEvent);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(pages.config.setConfig).toHaveBeenCalledWith(
      expect.objectContaining({ contentUrl: "https://mairie.example.fr/teams.html?view=network&host=teams" }),
    );
    expect(saveEvent.notifySuccess).toHaveBeenCalled();
    expect(app.initialize).toHaveBeenCalledTimes(1);
  });
});
