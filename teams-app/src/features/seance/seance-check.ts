import { checkSeance } from "@shared/domain/council/check-seance";
import type { Finding } from "@shared/domain/rules/finding";
import { toCouncilSeance } from "./council-seance";
import type { SeanceBundle } from "./council-seance";

// Findings about what happens in the room: meaningless while the séance is being prepared.
const MEETING_PATHS = ["presents", "procurations", "secretaries", "huisClos", "pv", "register", "declaredQuorum"];
const MEETING_POINT_FIELDS = /^points\[\d+\]\.(vote|result|presentCount|president|nonParticipants)/;

function aboutTheMeeting(finding: Finding): boolean {
  const path = finding.at?.path;
  if (!path) return false;
  return (
    MEETING_PATHS.some((p) => path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`)) ||
    MEETING_POINT_FIELDS.test(path)
  );
}

export interface SeanceCheck {
  readonly findings: Finding[];
  /** True while attendance is not recorded: only the preparation (convocation, agenda) is judged. */
  readonly preparationOnly: boolean;
}

/** The séance checker on the tab's data; before attendance is recorded, findings about the room are left out. */
export function runSeanceCheck(bundle: SeanceBundle, today: string): SeanceCheck {
  const findings = checkSeance(toCouncilSeance(bundle), { today });
  const preparationOnly = bundle.details.presents.length === 0;
  return { findings: preparationOnly ? findings.filter((f) => !aboutTheMeeting(f)) : findings, preparationOnly };
}

/** Ids of the attendance panel's fields, which the checker's findings lead to. */
export const ATTENDANCE_ANCHORS = {
  presents: "seance-presents",
  procurations: "seance-procurations",
  secretaries: "seance-secretaire",
} as const;

/** Ids of the séance workspace's sections. */
export const SECTION_ANCHORS = {
  schedule: "seance-horaire",
  agenda: "seance-ordre-du-jour",
  convocation: "seance-convocation",
  documents: "seance-documents",
} as const;

/** The point of this index in the agenda, as the live séance shows it. */
export const pointAnchor = (index: number): string => `seance-point-${index}`;

const SCHEDULE_PATHS = new Set(["date", "time", "place", "placeIsMairie", "placeDesignatedByDeliberation"]);
const DOCUMENT_PATHS = ["pv", "deliberationsList", "register"];

/**
 * Where the tab shows what a finding is about, the most precise place first: a point's finding leads to the point in
 * the live séance, else to the agenda (an élu, or a séance not yet held, has no live séance).
 */
export function findingAnchors(path: string | undefined): string[] {
  if (!path) return [];
  const root = /^[A-Za-z]+/.exec(path)?.[0] ?? "";
  const point = /^points\[(\d+)\]/.exec(path);
  if (point) return [pointAnchor(Number(point[1])), SECTION_ANCHORS.agenda];
  if (root === "points") return [SECTION_ANCHORS.agenda];
  if (root === "presents" || root === "declaredQuorum" || root === "members") return [ATTENDANCE_ANCHORS.presents];
  if (root === "procurations") return [ATTENDANCE_ANCHORS.procurations, ATTENDANCE_ANCHORS.presents];
  if (root === "secretaries") return [ATTENDANCE_ANCHORS.secretaries];
  if (root === "convocation") return [SECTION_ANCHORS.convocation];
  if (SCHEDULE_PATHS.has(root)) return [SECTION_ANCHORS.schedule];
  if (DOCUMENT_PATHS.includes(root)) return [SECTION_ANCHORS.documents];
  return [];
}
