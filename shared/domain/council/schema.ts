import { z } from "zod";

/**
 * The JSON form of a séance (reference §1), validated at the boundary. Field names are English except domain
 * nouns; every optional field left out is read as "not known", and the rules that need it stay silent.
 */
const isoDate = z.iso.date();
const count = z.number().int().nonnegative();
const name = z.string().trim().min(1);
const names = z.array(name);

export const POINT_KINDS = [
  "deliberation",
  "budget-primitif",
  "compte-administratif",
  "compte-financier-unique",
  "debat-orientation-budgetaire",
  "nomination",
  "election-maire",
  "election-adjoints",
  "questions-diverses",
  "information",
] as const;

export const CONVOCATION_MODES = [
  "dematerialisee",
  "papier_domicile",
  "papier_autre_adresse",
  "main_propre",
  "casier_mairie",
] as const;

const commune = z.strictObject({
  name: name.optional(),
  departement: z
    .string()
    .regex(/^(\d{2,3}|2A|2B)$/)
    .optional()
    .describe("Numéro du département (57, 67, 68 : régime d'Alsace-Moselle)"),
  population: count.optional().describe("Population totale (seuils de 1 000 et 3 500 habitants)"),
  communeNouvelleTransitoire: z
    .boolean()
    .optional()
    .describe("Conseil transitoire de commune nouvelle : effectif hors tableau L2121-2"),
  website: z.boolean().optional().describe("La commune a un site internet"),
  adjoints: count.optional().describe("Nombre d'adjoints fixé par le conseil"),
  reglementInterieur: z.boolean().optional(),
  questionsOralesDeliberation: z
    .boolean()
    .optional()
    .describe("Moins de 1 000 hab. sans règlement intérieur : délibération fixant les questions orales"),
  installationDate: isoDate.optional().describe("Date d'installation du conseil"),
});

const recipient = z.strictObject({
  member: name,
  mode: z.enum(CONVOCATION_MODES),
  sentOn: isoDate.optional(),
  chosenByMember: z.boolean().optional().describe("Le conseiller a demandé ce mode (casier, adresse)"),
});

const convocation = z.strictObject({
  sentOn: isoDate.optional().describe("Date d'envoi (courriel, cachet de la poste, remise en main propre)"),
  issuedBy: z.enum(["maire", "remplacant", "autre"]).optional(),
  agenda: names.optional().describe("Questions portées à l'ordre du jour"),
  noteDeSynthese: z.boolean().optional(),
  urgence: z.boolean().optional(),
  urgenceVotedAtOpening: z.boolean().optional().describe("Le conseil s'est prononcé sur l'urgence à l'ouverture"),
  registerMention: z.boolean().optional(),
  postedOrPublished: z.boolean().optional(),
  recipients: z.array(recipient).optional(),
  recallsSecondConvocationRule: z
    .boolean()
    .optional()
    .describe("Alsace-Moselle : la seconde convocation rappelle L2541-4"),
});

const procuration = z.strictObject({
  mandant: name,
  mandataire: name.optional(),
  written: z.boolean().optional(),
  consecutiveSeances: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe("Nombre de séances consécutives couvertes, celle-ci comprise"),
  maladie: z.boolean().optional(),
  date: isoDate.optional(),
});

const vote = z.strictObject({
  pour: count,
  contre: count,
  abstentions: count.optional(),
  blancsNuls: count.optional(),
});

const point = z.strictObject({
  number: z.union([z.number().int().positive(), name]).optional().describe("Numéro d'ordre dans la séance"),
  subject: name.describe("Objet"),
  kind: z.enum(POINT_KINDS).optional(),
  onAgenda: z.boolean().optional().describe("Inscrit à l'ordre du jour de la convocation"),
  presentCount: count.optional().describe("Membres présents à la mise en discussion du point"),
  nonParticipants: names
    .optional()
    .describe("Membres présents qui n'ont pas pris part (intéressés, maire pour le compte administratif)"),
  proxies: z
    .array(z.strictObject({ mandant: name, mandataire: name }))
    .optional()
    .describe("Pouvoirs exercés à ce point, quand des membres sont arrivés ou partis avant lui (pouvoir au départ)"),
  interested: names.optional().describe("Conseillers intéressés à l'affaire"),
  excludedFromExercice: count
    .optional()
    .describe("Représentants dans un organisme L1111-6 retirés des membres en exercice"),
  scrutin: z.enum(["ordinaire", "public", "secret"]).optional(),
  vote: vote.optional(),
  presidentVote: z.enum(["pour", "contre", "abstention"]).optional(),
  result: z.enum(["adopte", "rejete"]).optional().describe("Résultat proclamé"),
  president: name.optional().describe("Président de séance pour ce point"),
  exercice: z.number().int().min(1900).max(2200).optional(),
  dobDate: isoDate.optional().describe("Date du débat d'orientation budgétaire"),
  publicVoteRequestedBy: count.optional(),
  nominativeVoteRecorded: z.boolean().optional(),
  secretVoteRequestedBy: count.optional(),
  openVoteUnanimous: z.boolean().optional().describe("Décision unanime de ne pas voter à bulletin secret"),
  singleCandidacy: z.boolean().optional(),
  documentsProvided: z.boolean().optional(),
});

export const seanceSchema = z.strictObject({
  commune: commune.optional(),
  date: isoDate,
  time: z
    .string()
    .regex(/^\d{1,2}[:h]\d{2}$/)
    .optional(),
  place: name.optional(),
  placeIsMairie: z.boolean().optional(),
  placeDesignatedByDeliberation: z.boolean().optional(),
  remote: z.boolean().optional().describe("Séance tenue en visioconférence"),
  firstMeetingAfterElection: z.boolean().optional(),
  electionDate: isoDate.optional().describe("Tour de scrutin où le conseil a été élu au complet"),
  maire: name.optional(),
  president: name.optional().describe("Président de séance"),
  convocation: convocation.optional(),
  secondConvocation: z.strictObject({ firstSeanceDate: isoDate, firstAgenda: names.optional() }).optional(),
  requestedMeeting: z
    .strictObject({ requestedOn: isoDate, by: z.enum(["prefet", "membres"]), membersCount: count.optional() })
    .optional(),
  enExercice: z.number().int().positive().describe("Membres en exercice (sièges pourvus)"),
  members: names.optional().describe("Noms des membres en exercice"),
  presents: names.describe("Membres présents à l'ouverture"),
  procurations: z.array(procuration).optional(),
  secretaries: names.optional(),
  huisClos: z
    .strictObject({
      requestedBy: z.union([z.literal("maire"), names]),
      vote: z.strictObject({ pour: count, contre: count }).optional(),
    })
    .optional(),
  points: z.array(point),
  previousSeanceDate: isoDate.optional(),
  previousPvArrete: z.boolean().optional().describe("Le PV de la séance précédente a été arrêté en début de séance"),
  pv: z
    .strictObject({
      arreteOn: isoDate.optional(),
      signedBy: names.optional(),
      publishedOnlineOn: isoDate.optional(),
      paperCopy: z.boolean().optional(),
    })
    .optional(),
  deliberationsList: z.strictObject({ postedOn: isoDate.optional(), onlineOn: isoDate.optional() }).optional(),
  register: z.strictObject({ signedBy: names.optional() }).optional(),
  delegations: z
    .strictObject({ granted: z.boolean(), reported: z.boolean().optional() })
    .optional()
    .describe("Délégations L2122-22 et compte rendu"),
  incidents: z
    .array(
      z.strictObject({
        description: name,
        orderedBy: name.optional(),
        crimeOrDelit: z.boolean().optional(),
        procesVerbal: z.boolean().optional(),
      }),
    )
    .optional(),
  declaredQuorum: count.optional().describe("Quorum annoncé au procès-verbal"),
});

export type Seance = z.infer<typeof seanceSchema>;
export type Point = Seance["points"][number];
export type Procuration = NonNullable<Seance["procurations"]>[number];
export type PointKind = (typeof POINT_KINDS)[number];

/** The JSON schema printed by `mairie check-seance --schema` and kept in docs/seance.schema.json. */
export function seanceJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(seanceSchema),
    title: "Séance du conseil municipal",
    description: "Entrée de « mairie check-seance » (règles CM-*). Voir shared/spec/seance-actes-reference.md §1.",
  };
}
