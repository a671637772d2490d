import { z } from "zod";
import { CONVOCATION_MODES } from "@shared/domain/council/schema";
import type { ListOf, WriteOp } from "../../app/data/ports";
import { attendanceOps } from "./attendance";
import type { AttendanceChange } from "./attendance";
import { elusOf } from "./council-seance";
import type { SeanceBundle } from "./council-seance";
import { parisNoon } from "../../common/paris-time";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const count = z.number().int().nonnegative();

/** What earlier versions of the tab kept in the browser's localStorage: read from outside, so checked field by field. */
export const legacyDetailsSchema = z.object({
  convocation: z.object({ sentOn: day, mode: z.enum(CONVOCATION_MODES) }).optional(),
  urgence: z.boolean().optional(),
  presents: z.array(z.string()).default([]),
  procurations: z.array(z.object({ mandant: z.string(), mandataire: z.string() })).default([]),
  secretaire: z.string().optional(),
  votes: z.record(z.string(), z.object({ pour: count, contre: count, abstentions: count })).default({}),
  drafts: z.record(z.string(), z.string()).default({}),
  listePublieeLe: day.optional(),
  pvArreteLe: day.optional(),
});

export type LegacyDetails = z.infer<typeof legacyDetailsSchema>;

export type MigrationWrite =
  | { readonly list: "seances"; readonly op: WriteOp<ListOf<"seances">> }
  | { readonly list: "points"; readonly op: WriteOp<ListOf<"points">> }
  | { readonly list: "presences"; readonly op: WriteOp<ListOf<"presences">> };

/**
 * The writes that carry a séance's browser-kept details into the lists, once. What the lists already hold wins:
 * another device may have recorded it since, and it is what everyone else sees.
 */
export function migrationWrites(legacy: LegacyDetails, bundle: SeanceBundle): MigrationWrite[] {
  const { seance } = bundle;
  const elus = elusOf(bundle.membres);
  const idOf = (name: string) => elus.find((m) => m.nom === name)?.id;
  const wanted = {
    ...(legacy.convocation && !seance.convocationLe ? { convocationLe: parisNoon(legacy.convocation.sentOn) } : {}),
    ...(legacy.convocation && !seance.modeConvocation ? { modeConvocation: legacy.convocation.mode } : {}),
    // A convocation in « preparation » is one to send again (convocationToResend): this one was sent as it stands.
    ...(legacy.convocation && !seance.convocationLe && seance.statut === "preparation"
      ? { statut: "convoquee" as const }
      : {}),
    ...(legacy.urgence && seance.urgence === undefined ? { urgence: true } : {}),
    ...(legacy.secretaire && !seance.secretaireSeance && idOf(legacy.secretaire)
      ? { secretaireSeance: idOf(legacy.secretaire) }
      : {}),
    ...(legacy.listePublieeLe && !seance.listePublieeLe ? { listePublieeLe: parisNoon(legacy.listePublieeLe) } : {}),
    ...(legacy.pvArreteLe && !seance.pvArreteLe ? { pvArreteLe: parisNoon(legacy.pvArreteLe) } : {}),
  };
  const writes: MigrationWrite[] =
    Object.keys(wanted).length > 0
      ? [{ list: "seances", op: { kind: "update", id: seance.id, eTag: seance.eTag, patch: wanted } }]
      : [];
  for (const point of bundle.points) {
    const vote = legacy.votes[point.id];
    const draft = legacy.drafts[point.id]?.trim();
    const patch = {
      ...(vote && point.pour === undefined && point.contre === undefined && point.abstentions === undefined
        ? vote
        : {}),
      ...(draft && !point.projetActe ? { projetActe: draft } : {}),
    };
    if (Object.keys(patch).length > 0)
      writes.push({ list: "points", op: { kind: "update", id: point.id, eTag: point.eTag, patch } });
  }
  const recorded = new Set(bundle.presences.map((p) => p.membre));
  const changes: AttendanceChange[] = elus
    .filter((m) => !recorded.has(m.id))
    .flatMap((membre): AttendanceChange[] => {
      if (legacy.presents.includes(membre.nom)) return [{ kind: "present", membre, present: true }];
      const mandataireId = idOf(legacy.procurations.find((p) => p.mandant === membre.nom)?.mandataire ?? "");
      return mandataireId ? [{ kind: "proxy", membre, mandataireId }] : [];
    });
  // Only élus without an item are written: each change is one create, and none takes a proxy away.
  for (const change of changes)
    for (const op of attendanceOps(seance.id, [], change)) writes.push({ list: "presences", op });
  return writes;
}
