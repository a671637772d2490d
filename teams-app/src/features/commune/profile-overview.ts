import { profileGaps } from "@shared/data/commune-profile";
import type { ProfileGap } from "@shared/data/commune-profile";
import { deCommune, splitArticle } from "@shared/domain/commune/commune-name";
import type { CommuneRecord, MembreRecord } from "../../app/data/ports";

export interface ProfileOverview {
  readonly commune: CommuneRecord;
  /** What the acts and letters will leave blank, and the warning that says so; none when the profile is complete. */
  readonly gaps: ProfileGap[];
  readonly gapsIntro: string;
  /** The commune's élus, by name. */
  readonly elus: MembreRecord[];
}

export function profileOverview(commune: CommuneRecord, membres: readonly MembreRecord[]): ProfileOverview {
  return {
    commune,
    gaps: profileGaps(commune, membres),
    gapsIntro: `Profil incomplet : ces valeurs resteront en blanc, surlignées, dans les actes et courriers ${deCommune(splitArticle(commune.nom, commune.article ?? ""))}.`,
    elus: membres.filter((m) => m.role === "elu").sort((a, b) => a.nom.localeCompare(b.nom, "fr")),
  };
}
