import type { PublicationMode } from "@shared/domain/commune/profile";
import type { DraftIn } from "../../app/data/ports";
import { fakeData } from "../../testing/fake-data";

/** Saint-Aubin-sur-Loire (842 inhabitants), publishing its acts as `publication` says, with its secretary and `actes`. */
export const secretariat = (publication: PublicationMode, actes: readonly DraftIn<"actes">[]) =>
  fakeData({
    communes: [{ nom: "Saint-Aubin-sur-Loire", population: 842, departement: "49", publication }],
    membres: [{ nom: "Claire Moreau", role: "secretaire", commune: "1", email: "secretariat@a.example" }],
    actes,
  });

/** A délibération of that commune voted on `date`; `extra` is what has been recorded on it since. */
export const deliberation = (
  numero: string,
  date: string,
  extra: Partial<DraftIn<"actes">> = {},
): DraftIn<"actes"> => ({
  objet: "Tarifs",
  type: "deliberation",
  numero,
  commune: "1",
  date,
  ...extra,
});
