import { formatDateFr } from "@shared/domain/common";
import { byNumero } from "./council-seance";
import type { SeanceBundle } from "./council-seance";
import { parisWallClock } from "../../common/paris-time";

/**
 * The convocation as the body of the Outlook invitation sent to the élus. The séance's documents themselves are
 * Word files generated in the commune's library (`@shared/documents`), never text.
 */

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

/** The invitation's text: date, hour, place and ordre du jour (CGCT L2121-10). */
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
