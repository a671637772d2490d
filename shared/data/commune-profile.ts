import { effectifLegal } from "@shared/domain/common/effectif";
import { splitArticle } from "@shared/domain/commune/commune-name";
import type { CommuneProfile, EluProfile, PublicationMode } from "@shared/domain/commune/profile";
import { tribunalAdministratifOf } from "@shared/domain/commune/tribunaux-administratifs";
import type { Commune, Membre, ParseResult } from "./schema";

/**
 * The commune profile read from the lists: the `communes` item, and the maire and adjoints from `membres`. Nothing
 * is invented: an unfilled value is empty ("" or 0), and `profileGaps` names it so that a form highlights it and a
 * checker reports it.
 */

/** What the loader needs of the data layer: the Teams tab's `data` and the Word pane's repositories both fit. */
export interface ProfileSource {
  readonly communes: { get(id: string): Promise<Commune> };
  readonly membres: { items(where: { readonly commune: string }): Promise<ParseResult<Membre>> };
}

/** « Claire Dubois » with prénom « Claire »: the family name is what follows the prénom. */
function splitName(membre: Membre): Pick<EluProfile, "prenom" | "nom"> {
  const full = membre.nom.trim();
  const prenom = membre.prenom?.trim() ?? "";
  if (prenom !== "" && full.startsWith(`${prenom} `)) return { prenom, nom: full.slice(prenom.length + 1).trim() };
  if (prenom !== "") return { prenom, nom: full === prenom ? "" : full };
  // No prénom recorded: the first word is taken as the prénom, the usual order in the list.
  const space = full.indexOf(" ");
  return space < 0 ? { prenom: "", nom: full } : { prenom: full.slice(0, space), nom: full.slice(space + 1) };
}

const NO_ELU: EluProfile = { prenom: "", nom: "", genre: "m", qualite: "" };

function toElu(membre: Membre): EluProfile {
  const delegation = membre.delegation?.trim();
  return {
    ...splitName(membre),
    // An élu whose genre is not recorded is written in the masculine, the law's generic form; profileGaps reports it.
    genre: membre.genre ?? "m",
    qualite: membre.fonction?.trim() ?? "",
    ...(delegation ? { delegation } : {}),
  };
}

const rangOf = (m: Membre) => m.rang ?? Number.MAX_SAFE_INTEGER;

/** The pure mapping from list items to the profile; `membres` may hold other communes' members, they are ignored. */
export function toCommuneProfile(commune: Commune, membres: readonly Membre[]): CommuneProfile {
  const own = membres.filter((m) => m.commune === commune.id && m.role === "elu");
  const maire = own.find((m) => m.mandat === "maire");
  const adjoints = own
    .filter((m) => m.mandat === "adjoint")
    .sort((a, b) => rangOf(a) - rangOf(b) || a.nom.localeCompare(b.nom, "fr"));
  const departement = commune.departement?.trim() ?? "";
  const population = commune.population ?? 0;
  const publication: PublicationMode | undefined = commune.publication;
  return {
    ...splitArticle(commune.nom, commune.article ?? ""),
    ...(commune.codeInsee ? { codeInsee: commune.codeInsee } : {}),
    departement,
    population,
    effectifLegal: commune.effectifLegal ?? (population > 0 ? effectifLegal(population) : 0),
    tribunalAdministratif: commune.tribunal?.trim() || (tribunalAdministratifOf(departement) ?? ""),
    maire: maire ? toElu(maire) : NO_ELU,
    adjoints: adjoints.map(toElu),
    // The profile's type has no empty mode: an unchosen one is "affichage", the default of L2131-1, and is reported.
    publication: publication ?? "affichage",
    enTete: (commune.enTete ?? "")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== ""),
  };
}

/** A value of the profile nobody filled: shown highlighted in forms, reported by the checkers. */
export interface ProfileGap {
  readonly field: string;
  readonly message: string;
}

/** What the lists leave unfilled, in French; empty when the profile is complete. */
export function profileGaps(commune: Commune, membres: readonly Membre[]): ProfileGap[] {
  const profile = toCommuneProfile(commune, membres);
  const own = membres.filter((m) => m.commune === commune.id && m.role === "elu");
  const maire = own.find((m) => m.mandat === "maire");
  const gaps: ProfileGap[] = [];
  const gap = (field: string, message: string) => gaps.push({ field, message });
  if (profile.departement === "") gap("departement", "Le département de la commune n'est pas renseigné.");
  if (profile.population <= 0) gap("population", "La population municipale n'est pas renseignée.");
  if (profile.tribunalAdministratif === "") gap("tribunal", "Le tribunal administratif n'est pas renseigné.");
  if (!commune.publication) gap("publication", "Le mode de publication des actes (L2131-1) n'a pas été choisi.");
  if (profile.enTete.length === 0) gap("enTete", "L'en-tête des courriers est vide.");
  if (!maire) gap("maire", "Aucun élu n'est désigné comme maire dans la liste des membres.");
  for (const elu of own.filter((m) => (m.mandat === "maire" || m.mandat === "adjoint") && !m.genre))
    gap(
      "genre",
      `Le genre de ${elu.nom} n'est pas renseigné (« le maire » ou « la maire », « adjoint » ou « adjointe »).`,
    );
  return gaps;
}

/** The profile of one commune, read from the data layer: two requests, the commune and its members. */
export async function loadCommuneProfile(data: ProfileSource, communeId: string): Promise<CommuneProfile> {
  const [commune, membres] = await Promise.all([
    data.communes.get(communeId),
    data.membres.items({ commune: communeId }),
  ]);
  return toCommuneProfile(commune, membres.records);
}
