import { createGraphClient } from "./create-graph-client";
import { relativeLink } from "./transport";

const connect = (baseUrl: string) =>
  createGraphClient({ baseUrl, tokenProvider: { getToken: () => Promise.resolve("t") } });

describe("relativeLink", () => {
  it("rend un nextLink Graph relatif à la version", () => {
    expect(
      relativeLink(
        connect("https://graph.microsoft.com/v1.0"),
        "https://graph.microsoft.com/v1.0/sites/x/lists/y/items?$skiptoken=abc",
      ),
    ).toBe("/sites/x/lists/y/items?$skiptoken=abc");
  });

  it("suit un lien http du stockage local, même écrit avec l'hôte réel derrière un mandataire", () => {
    const connection = connect("http://localhost:3000/v1.0");
    expect(relativeLink(connection, "http://127.0.0.1:41234/v1.0/sites/s/lists/l/items/delta?token=4")).toBe(
      "/sites/s/lists/l/items/delta?token=4",
    );
  });

  it("refuse un lien hors de l'API", () => {
    expect(() =>
      relativeLink(connect("https://graph.microsoft.com/v1.0"), "https://graph.microsoft.com/beta/x"),
    ).toThrow("Lien de pagination inattendu");
  });
});
