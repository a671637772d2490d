import type { DocumentFile } from "@shared/data/drive/documents-port";
import type { MembreRecord, OuvertureRecord } from "../../app/data/ports";
import {
  hasOpened,
  olderCount,
  olderNote,
  openingsOf,
  seenVersionOf,
  versionLabel,
  versionState,
} from "./document-versions";

const file = (cTag: string, version = "2.0"): DocumentFile => ({
  id: "f1",
  name: "Point 1.docx",
  eTag: `"e-${cTag}"`,
  cTag,
  webUrl: "https://contoso.sharepoint.com/f1",
  size: 10,
  lastModified: "2026-12-08T13:05:00Z",
  version,
  columns: { point: "1", type: "projet-deliberation" },
});

const opening = (membre: string, cTag: string, ouvertLe: string): OuvertureRecord => ({
  id: `${membre}-${cTag}`,
  eTag: '"1"',
  titre: "ouvert",
  seance: "1",
  point: "1",
  membre,
  fichier: "f1",
  documentEmpreinte: cTag,
  documentVersion: "1.0",
  documentModifieLe: "2026-12-01T10:00:00Z",
  ouvertLe,
});

const membres = [
  { id: "4", nom: "Sophie Garnier" },
  { id: "6", nom: "Nadia Benali" },
] as MembreRecord[];

describe("la version du projet qu'un avis ou une ouverture a vue", () => {
  it("enregistre l'empreinte (cTag), le numéro de version et la date de modification du fichier", () => {
    expect(seenVersionOf(file('"c1"'))).toEqual({
      documentEmpreinte: '"c1"',
      documentVersion: "2.0",
      documentModifieLe: "2026-12-08T13:05:00Z",
    });
  });

  it("actuelle si l'empreinte est celle du fichier, antérieure sinon ; un avis ancien sans version : « version inconnue »", () => {
    expect(versionState(seenVersionOf(file('"c2"')), file('"c2"'))).toBe("actuelle");
    expect(versionState(seenVersionOf(file('"c1"')), file('"c2"'))).toBe("anterieure");
    expect(versionState({}, file('"c2"'))).toBe("inconnue");
    expect(versionState(seenVersionOf(file('"c1"')), undefined)).toBe("sans-document");
    expect(versionLabel({})).toBe("version inconnue");
    expect(versionLabel(seenVersionOf(file('"c1"')))).toBe("version 2.0 du 08/12/2026 à 14:05");
  });

  it("dit qui a ouvert quelle version, la plus récente ouverture d'abord, et si l'élu a déjà ouvert celle-ci", () => {
    const all = [
      opening("4", '"c1"', "2026-12-02T09:00:00Z"),
      opening("6", '"c2"', "2026-12-09T09:00:00Z"),
      opening("9", '"c2"', "2026-12-09T08:00:00Z"),
    ];
    expect(openingsOf(all, "1", file('"c2"'), membres).map((o) => [o.auteur, o.state])).toEqual([
      ["Nadia Benali", "actuelle"],
      ["Élu inconnu", "actuelle"],
      ["Sophie Garnier", "anterieure"],
    ]);
    expect(openingsOf(all, "2", file('"c2"'), membres)).toEqual([]);
    expect(hasOpened(all, "1", "4", file('"c1"'))).toBe(true);
    expect(hasOpened(all, "1", "4", file('"c2"'))).toBe(false);
  });
});

describe("les avis donnés sur une version antérieure", () => {
  const seen = (documentEmpreinte?: string) => ({ record: documentEmpreinte ? { documentEmpreinte } : {} });

  it("se comptent contre le projet du dossier, sans ceux dont la version est inconnue", () => {
    expect(olderCount([seen('"c1"'), seen('"c2"'), seen(), seen('"c1"')], file('"c2"'))).toBe(2);
    expect(olderCount([seen('"c2"')], file('"c2"'))).toBe(0);
  });

  it("ne se comptent pas sans projet dans le dossier, ni sans avis", () => {
    expect(olderCount([seen('"c1"')], undefined)).toBe(0);
    expect(olderCount([], file('"c2"'))).toBe(0);
  });

  it("se disent avec la version actuelle, et pas du tout quand il n'y en a aucun", () => {
    expect(olderNote([seen('"c1"'), seen('"c1"')], file('"c2"', "3.0"))).toBe(
      `2 avis porte(nt) sur une version antérieure du projet (version actuelle : ${versionLabel(seenVersionOf(file('"c2"', "3.0")))}).`,
    );
    expect(olderNote([seen('"c2"')], file('"c2"'))).toBeUndefined();
    expect(olderNote([seen('"c1"')], undefined)).toBeUndefined();
  });
});
