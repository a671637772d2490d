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
