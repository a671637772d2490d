import { pendingFormalities } from "./pending-formalities";

const deliberation = { type: "deliberation" as const, date: "2026-10-02", transmissible: true };

describe("formalités qui manquent pour qu'un acte soit exécutoire (CGCT L2131-1)", () => {
  it("une délibération ni transmise ni publiée attend les deux, chacune avec sa date cible", () => {
    expect(pendingFormalities(deliberation, "2026-10-05")).toEqual([
      { formality: "transmission", due: "2026-10-17", late: false, lateDays: 0, ref: "CGCT L2131-1, L2131-2" },
      { formality: "publication", due: "2026-10-09", late: false, lateDays: 0, ref: "CGCT L2131-1, L2121-25" },
    ]);
  });

  it("compte les jours de retard une fois la date cible passée", () => {
    const [transmission, publication] = pendingFormalities(deliberation, "2026-10-20");
    expect(transmission).toMatchObject({ formality: "transmission", late: true, lateDays: 3 });
    expect(publication).toMatchObject({ formality: "publication", late: true, lateDays: 11 });
  });

  it("n'attend plus rien d'un acte transmis et publié, ni de transmission pour un acte non transmissible", () => {
    expect(
      pendingFormalities({ ...deliberation, transmisLe: "2026-10-03", publieLe: "2026-10-04" }, "2026-12-01"),
    ).toEqual([]);
    const voirie = pendingFormalities({ type: "arrete", date: "2026-10-02", transmissible: false }, "2026-10-12");
    expect(voirie).toEqual([
      { formality: "publication", due: "2026-10-09", late: true, lateDays: 3, ref: "CGCT L2131-1" },
    ]);
  });
});
