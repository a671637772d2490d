import { formatDateFr } from "@shared/domain/common";
import { byNumero, elusOf } from "./council-seance";
import type { SeanceBundle } from "./council-seance";
import { parisWallClock } from "./paris-time";

/** The documents of a séance as plain text: the secretary pastes or downloads them; nothing here is legal advice. */

function header(bundle: SeanceBundle): { commune: string; date: string; time: string; lieu: string } {
  const { date, time } = parisWallClock(bundle.seance.date);
  return {
    commune: bundle.commune?.nom ?? "la commune",
    date: formatDateFr(date),
    time: time.replace(":", " h "),
    lieu: bundle.seance.lieu ?? "la mairie",
  };
}

const agendaLines = (bundle: SeanceBundle): string[] =>
  [...bundle.points]
    .sort(byNumero)
    .map((p) => `${p.numero}. ${p.titre}${p.rapporteur ? ` (rapporteur : ${p.rapporteur})` : ""}`);

/** The convocation sent to each member: date, hour, place and ordre du jour (CGCT L2121-10). */
export function convocationText(bundle: SeanceBundle, sentOn: string): string {
  const h = header(bundle);
  const maire = bundle.membres.find((m) => m.role === "elu" && /^maire$/i.test(m.fonction ?? ""))?.nom;
  return [
    `Commune de ${h.commune}`,
    "",
    `Le ${formatDateFr(sentOn)}`,
    "",
    "Convocation du conseil municipal",
    "",
    `Madame, Monsieur le conseiller municipal,`,
    "",
    `J'ai l'honneur de vous convoquer à la séance du conseil municipal qui se tiendra le ${h.date} à ${h.time}, ${h.lieu}.`,
    "",
    "Ordre du jour :",
    ...agendaLines(bundle),
    "",
    "Les projets de délibération sont consultables auprès du secrétariat de mairie.",
    "",
    maire ? `Le maire, ${maire}` : "Le maire",
  ].join("\n");
}

/** The liste des délibérations examinées, to post within a week (CGCT L2121-25). */
export function deliberationsListText(bundle: SeanceBundle): string {
  const h = header(bundle);
  const lines = [...bundle.points]
    .filter((p) => p.nature === "deliberation")
    .sort(byNumero)
    .map((p) => {
      const vote = bundle.details.votes[p.id];
      const outcome = vote ? (vote.pour > vote.contre ? "adoptée" : "rejetée") : "vote non saisi";
      return `${p.numero}. ${p.titre} — ${outcome}`;
    });
  return [
    `Commune de ${h.commune}`,
    `Liste des délibérations examinées par le conseil municipal le ${h.date}`,
    "",
    ...lines,
    "",
    "Affichée le :",
  ].join("\n");
}

/** The skeleton of the procès-verbal (CGCT L2121-15): attendance, proxies, then one section a point with its vote. */
export function pvSkeletonText(bundle: SeanceBundle): string {
  const h = header(bundle);
  const { details } = bundle;
  const elus = elusOf(bundle.membres).map((m) => m.nom);
  const absents = elus.filter((n) => !details.presents.includes(n));
  const points = [...bundle.points].sort(byNumero).flatMap((p) => {
    const vote = details.votes[p.id];
    return [
      "",
      `${p.numero}. ${p.titre}`,
      p.rapporteur ? `Rapporteur : ${p.rapporteur}` : "Rapporteur :",
      "Exposé et débats :",
      vote ? `Vote : ${vote.pour} pour, ${vote.contre} contre, ${vote.abstentions} abstention(s).` : "Vote :",
    ];
  });
  return [
    `Commune de ${h.commune}`,
    `Procès-verbal de la séance du conseil municipal du ${h.date}`,
    "",
    `Membres en exercice : ${elus.length}`,
    `Présents : ${details.presents.join(", ") || "—"}`,
    `Absents : ${absents.join(", ") || "—"}`,
    `Procurations : ${details.procurations.map((p) => `${p.mandant} à ${p.mandataire}`).join(" ; ") || "—"}`,
    `Secrétaire de séance : ${details.secretaire ?? "—"}`,
    ...points,
    "",
    "Le maire,                              Le secrétaire de séance,",
  ].join("\n");
}
