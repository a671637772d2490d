import { avis, communes } from "../schema";
import { filterExpression, itemsQuery, listPath } from "./list-paths";

describe("chemins et requêtes Graph", () => {
  it("adresse la liste par son titre, virgules de l'id de site conservées", () => {
    expect(listPath("contoso.sharepoint.com,a-b,c-d", avis)).toBe(
      "/sites/contoso.sharepoint.com,a-b,c-d/lists/Avis%20des%20%C3%A9lus",
    );
  });

  it("compare une recherche en entier et un texte entre apostrophes doublées", () => {
    expect(filterExpression(avis, { seance: "12", clientId: "l'id" })).toBe(
      "fields/SeanceLookupId eq 12 and fields/MairieClientId eq 'l''id'",
    );
  });

  it("demande exactement les champs déclarés", () => {
    expect(itemsQuery(communes, { top: 50 })).toBe(
      "?expand=fields(select=Title,CodeInsee,Population,Departement,Article,EffectifLegal,TribunalAdministratif,ModePublication,EnTete,MairieClientId)&$top=50",
    );
  });
});
