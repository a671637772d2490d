import { readDialogMessage } from "./dialog-messages";
import { scopesOf } from "./dialog-page";

describe("la page de connexion ouverte par Office, et ce qu'elle renvoie au volet", () => {
  it("ne demande que des portées bien formées, en nombre borné", () => {
    expect(scopesOf("?scopes=Sites.ReadWrite.All%20Calendars.ReadWrite")).toEqual([
      "Sites.ReadWrite.All",
      "Calendars.ReadWrite",
    ]);
    expect(scopesOf("?scopes=openid%20%3Cscript%3E")).toBeUndefined();
    expect(scopesOf(`?scopes=${Array.from({ length: 11 }, (_, i) => `S${i}`).join("%20")}`)).toBeUndefined();
    expect(scopesOf("")).toBeUndefined();
  });

  it("le volet ne lit que nos messages : un jeton borné ou une erreur en français", () => {
    expect(readDialogMessage(JSON.stringify({ type: "token", accessToken: "j", expiresOn: 5 }))).toEqual({
      type: "token",
      accessToken: "j",
      expiresOn: 5,
    });
    expect(readDialogMessage(JSON.stringify({ type: "error", message: "Refusé." }))).toEqual({
      type: "error",
      message: "Refusé.",
    });
    expect(readDialogMessage("pas du JSON")).toBeUndefined();
    expect(readDialogMessage(JSON.stringify({ type: "token", accessToken: "x".repeat(20_000), expiresOn: 5 }))).toBe(
      undefined,
    );
    expect(readDialogMessage(undefined)).toBeUndefined();
  });
});
