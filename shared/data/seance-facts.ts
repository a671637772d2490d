import type { SeanceFacts } from "@shared/documents/seance-facts";
// The tab's Paris wall-clock conversion; it belongs in shared/ and should move there at merge.
import { parisWallClock } from "@teams-app/src/common/paris-time";
import { loadCommuneProfile } from "./commune-profile";
import type { Commune, Membre, ParseResult, Point, Presence, Seance } from "./schema";
import type { Where } from "./graph/list-paths";

interface Reader<R> {
  items(where?: Where): Promise<ParseResult<R>>;
  get(id: string): Promise<R>;
}

/** The lists a séance's facts are read from: the data layer's repositories, or the tab's. */
export interface SeanceReaders {
  readonly seances: Reader<Seance>;
  readonly points: Reader<Point>;
  readonly presences: Reader<Presence>;
  readonly membres: Reader<Membre>;
  readonly communes: Reader<Commune>;
}

/** One séance's facts from its records and its commune's profile: the séance, then its lists in parallel. */
export async function loadSeanceFacts(data: SeanceReaders, seanceId: string): Promise<SeanceFacts> {
  const seance = await data.seances.get(seanceId);
  const [points, presences, membres, commune] = await Promise.all([
    data.points.items({ seance: seanceId }),
    data.presences.items({ seance: seanceId }),
    data.membres.items({ commune: seance.commune }),
    loadCommuneProfile(data, seance.commune),
  ]);
  const elus = membres.records.filter((m) => m.role === "elu");
  const nameOf = (id: string | undefined) => elus.find((m) => m.id === id)?.nom;
  const { date, time } = parisWallClock(seance.date);
  const secretaire = nameOf(seance.secretaireSeance);
  return {
    seanceId,
    commune,
    date,
    heure: time,
    ...(seance.lieu?.trim() ? { lieu: seance.lieu.trim() } : {}),
    ...(seance.convocationLe
      ? {
          convocation: {
            sentOn: parisWallClock(seance.convocationLe).date,
            ...(seance.modeConvocation ? { mode: seance.modeConvocation } : {}),
          },
        }
      : {}),
    ...(seance.urgence ? { urgence: true } : {}),
    elus: elus.map((m) => ({ nom: m.nom, ...(m.fonction ? { fonction: m.fonction } : {}) })),
    presents: presences.records.filter((p) => p.presence === "present").map((p) => nameOf(p.membre) ?? p.titre),
    procurations: presences.records.flatMap((p) => {
      const mandataire = p.presence === "absent" ? nameOf(p.mandataire) : undefined;
      return mandataire ? [{ mandant: nameOf(p.membre) ?? p.titre, mandataire }] : [];
    }),
    ...(secretaire ? { secretaire } : {}),
    points: points.records.map((p) => ({
      id: p.id,
      numero: p.numero,
      titre: p.titre,
      nature: p.nature,
      ...(p.rapporteur ? { rapporteur: p.rapporteur } : {}),
      ...(p.expose ? { expose: p.expose } : {}),
      ...(p.pour !== undefined || p.contre !== undefined || p.abstentions !== undefined
        ? { vote: { pour: p.pour ?? 0, contre: p.contre ?? 0, abstentions: p.abstentions ?? 0 } }
        : {}),
    })),
  };
}
