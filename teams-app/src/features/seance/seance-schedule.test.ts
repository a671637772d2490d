import { convocationDeadline, convocationToResend } from "./convocation-deadline";
import { scheduleFields, scheduleOf, scheduleProblem } from "./seance-schedule";
import { commune, seance } from "../../testing/records";

describe("date, heure et lieu d'une séance", () => {
  it("refuse une date passée ou incomplète, accepte aujourd'hui et après", () => {
    expect(scheduleProblem({ date: "2026-11-19", time: "20:00", lieu: "" }, "2026-11-20")).toBe(
      "Le 19/11/2026 est passé : choisissez une date à venir.",
    );
    expect(scheduleProblem({ date: "", time: "20:00", lieu: "" }, "2026-11-20")).toBe(
      "Indiquez la date et l'heure de la séance.",
    );
    expect(scheduleProblem({ date: "2026-11-25", time: "", lieu: "" }, "2026-11-20")).toBe(
      "Indiquez la date et l'heure de la séance.",
    );
    expect(scheduleProblem({ date: "2026-11-20", time: "20:00", lieu: "" }, "2026-11-20")).toBeUndefined();
  });

  it("écrit l'heure de Paris en UTC (hiver et été) et la relit telle quelle", () => {
    expect(scheduleFields({ date: "2026-12-15", time: "20:00", lieu: " Salle des fêtes " })).toEqual({
      date: "2026-12-15T19:00:00Z",
      lieu: "Salle des fêtes",
    });
    expect(scheduleFields({ date: "2027-06-15", time: "20:00", lieu: "" }).date).toBe("2027-06-15T18:00:00Z");
    expect(scheduleOf({ date: "2026-12-15T19:00:00Z", lieu: "Mairie" })).toEqual({
      date: "2026-12-15",
      time: "20:00",
      lieu: "Mairie",
    });
  });

  it("donne la date limite de convocation de la commune (3 jours francs sous 3 500 habitants, 5 au-delà, 1 en urgence)", () => {
    expect(convocationDeadline("2026-12-15", commune)).toMatchObject({
      latest: "2026-12-11",
      requirement: { days: 3, ref: "CGCT L2121-11" },
    });
    expect(convocationDeadline("2026-12-15", { ...commune, population: 4_000 }).latest).toBe("2026-12-09");
    expect(convocationDeadline("2026-12-15", commune, true).latest).toBe("2026-12-13");
  });

  it("une convocation envoyée est à renvoyer quand la séance est repassée en préparation", () => {
    expect(convocationToResend(seance(undefined, { convocationLe: "2026-11-25T11:00:00Z", statut: "convoquee" }))).toBe(
      false,
    );
    expect(convocationToResend(seance(undefined, { convocationLe: "2026-11-25T11:00:00Z" }))).toBe(true);
    expect(convocationToResend(seance())).toBe(false);
  });
});
