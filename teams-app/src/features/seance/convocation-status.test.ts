import { convocationDeadline } from "./convocation-deadline";
import { convocationNotice, convocationStatus, invitationIdPatch, sendingProblemPlace } from "./convocation-status";
import { commune } from "../../testing/records";

// A séance on Saturday 5 December 2026 in a commune under 3 500 inhabitants: three jours francs.
const date = "2026-12-05";
const { latest, requirement } = convocationDeadline(date, commune);
const status = (today: string, extra: Partial<Parameters<typeof convocationStatus>[0]> = {}) =>
  convocationStatus({ date, latest, requirement, sent: undefined, resend: false, today, ...extra });

describe("ce que le panneau de convocation annonce", () => {
  it("donne la date limite d'envoi et sa référence, sans alerte avant l'échéance", () => {
    const s = status(latest);
    expect(s.deadline).toBe(
      `À envoyer au plus tard le 01/12/2026 : ${requirement.days} jours francs avant la séance du 05/12/2026 (${requirement.ref}).`,
    );
    expect(s).toEqual({ deadline: s.deadline });
  });

  it("signale le délai dépassé, dès le lendemain de la date limite, tant que rien n'est envoyé", () => {
    expect(status("2026-12-02").late).toBe(
      "Le délai est dépassé depuis le 02/12/2026 : la séance doit être reportée ou l'urgence justifiée.",
    );
    expect(status("2026-12-02", { sent: { sentOn: "2026-11-30" } }).late).toBeUndefined();
  });

  it("dit la convocation envoyée, avec son mode quand il est connu", () => {
    expect(status("2026-12-02", { sent: { sentOn: "2026-11-30", mode: "dematerialisee" } }).sent).toMatch(
      /^Convocation envoyée le 30\/11\/2026 — .+\.$/,
    );
    expect(status("2026-12-02", { sent: { sentOn: "2026-11-30" } }).sent).toBe("Convocation envoyée le 30/11/2026.");
  });

  it("demande de renvoyer une convocation devenue fausse, et redit le retard s'il y en a", () => {
    const s = status("2026-12-02", { sent: { sentOn: "2026-11-30" }, resend: true });
    expect(s.resend).toMatch(/^La convocation envoyée le 30\/11\/2026 annonçait une autre date/);
    expect(s.sent).toBeUndefined();
    expect(s.late).toBeDefined();
  });
});

describe("après l'envoi", () => {
  const receipt = { channel: "outlook" as const, eventId: "ev-2", updated: false };

  it("garde l'identifiant d'un nouvel évènement Outlook, et lui seul", () => {
    expect(invitationIdPatch(receipt, undefined)).toEqual({ invitationId: "ev-2" });
    expect(invitationIdPatch(receipt, "ev-1")).toEqual({ invitationId: "ev-2" });
    expect(invitationIdPatch(receipt, "ev-2")).toEqual({});
    expect(invitationIdPatch(new Error("refusé"), "ev-1")).toEqual({});
  });

  it("dit si la convocation est enregistrée ou en attente d'envoi au serveur", () => {
    expect(convocationNotice(true, "invitation envoyée")).toBe("Convocation enregistrée ; invitation envoyée.");
    expect(convocationNotice(false, "invitation envoyée")).toBe(
      "Convocation gardée en attente d'envoi au serveur ; invitation envoyée.",
    );
  });
});

describe("où le formulaire dit ce qui empêche l'envoi", () => {
  it.each([
    ["rien à signaler", undefined, false, { field: undefined, banner: undefined }],
    ["une date d'envoi fautive, sur le champ", "Date passée", false, { field: "Date passée", banner: undefined }],
    [
      "un ordre du jour vide, dans un bandeau",
      "Ordre du jour vide",
      true,
      { field: undefined, banner: "Ordre du jour vide" },
    ],
  ])("%s", (_case, problem, emptyAgenda, place) => {
    expect(sendingProblemPlace(problem, emptyAgenda)).toEqual(place);
  });
});
