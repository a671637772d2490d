import {
  attendanceAtPoint,
  movedBefore,
  pouvoirMessage,
  pouvoirOnDepartureProblems,
  pouvoirProblemsAt,
  presentAtPoint,
  stateAtPoint,
} from "./point-attendance";
import type { MemberMovements, Movement } from "./point-attendance";

const arrive = (before: number): Movement => ({ kind: "arrive", before });
const leave = (before: number, mandataire?: string): Movement => ({
  kind: "leave",
  before,
  ...(mandataire ? { mandataire } : {}),
});

const at = (presentAtOpening: boolean, movements: Movement[] = []): MemberMovements => ({
  member: "x",
  presentAtOpening,
  movements,
});

const council = (n: number, present: number): MemberMovements[] =>
  Array.from({ length: n }, (_, i) => ({ member: `Élu ${i + 1}`, presentAtOpening: i < present }));

const options = { enExercice: 11, date: "2026-12-05" };

describe("présence à chaque point", () => {
  it("suit l'ouverture, l'arrivée et le départ rattachés au point qu'ils précèdent", () => {
    expect(presentAtPoint(at(true), 5)).toBe(true);
    expect(presentAtPoint(at(false), 5)).toBe(false);
    expect([0, 1, 2, 3].map((i) => presentAtPoint(at(false, [arrive(2)]), i))).toEqual([false, false, true, true]);
    expect([0, 1, 2].map((i) => presentAtPoint(at(true, [leave(1)]), i))).toEqual([true, false, false]);
  });

  it("admet plusieurs départs et retours, dans l'ordre des points quel que soit l'ordre de saisie", () => {
    const back = at(true, [arrive(3), leave(1), leave(5), arrive(6)]);
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => presentAtPoint(back, i))).toEqual([
      true,
      false,
      false,
      true,
      true,
      false,
      true,
    ]);
    // Arriving then leaving before the same point: gone; leaving then coming back: there.
    expect(presentAtPoint(at(false, [arrive(2), leave(2)]), 2)).toBe(false);
    expect(presentAtPoint(at(true, [leave(2), arrive(2)]), 2)).toBe(true);
  });

  it("garde le pouvoir donné au départ jusqu'au retour, et pas au-delà", () => {
    const m = at(true, [leave(1, "Élu 2"), arrive(3), leave(4)]);
    expect([1, 2, 3, 4].map((i) => stateAtPoint(m, i))).toEqual([
      { present: false, mandataire: "Élu 2", since: 1 },
      { present: false, mandataire: "Élu 2", since: 1 },
      { present: true },
      { present: false, since: 4 },
    ]);
  });

  it("compte le quorum de chaque point sur les présents, sans les pouvoirs ni ceux qui ne prennent pas part", () => {
    const members = council(11, 6);
    expect(attendanceAtPoint(members, 0, options).quorum).toEqual({ required: 6, counted: 6, reached: true });
    const interested = members.map((m, i) => (i === 0 ? { ...m, nonParticipating: [1] } : m));
    expect(attendanceAtPoint(interested, 1, options).quorum).toEqual({ required: 6, counted: 5, reached: false });
    expect(attendanceAtPoint(interested, 2, options).quorum.reached).toBe(true);
    const withProxies = interested.map((m, i) => (i >= 6 ? { ...m, mandataire: `Élu ${i - 5}` } : m));
    expect(attendanceAtPoint(withProxies, 1, options).quorum.reached).toBe(false);
  });

  it("compte, pendant les dérogations COVID, un tiers des membres présents ou représentés", () => {
    // 11 en exercice, 3 présents, 1 pouvoir: 4 ≥ 4 in 2021; 3 < 6 under the ordinary rule.
    const members = [...council(11, 3)].map((m, i) => (i === 5 ? { ...m, mandataire: "Élu 1" } : m));
    expect(attendanceAtPoint(members, 0, { enExercice: 11, date: "2021-03-10" }).quorum).toEqual({
      required: 4,
      counted: 4,
      reached: true,
    });
    expect(attendanceAtPoint(members, 0, options).quorum.reached).toBe(false);
  });

  it("atteint le quorum au point où un retardataire arrive, et le perd au départ d'un présent", () => {
    const members = council(11, 5).map((m, i) =>
      i === 5 ? { ...m, movements: [arrive(2)] } : i === 0 ? { ...m, movements: [leave(4)] } : m,
    );
    const reached = [0, 1, 2, 3, 4].map((i) => attendanceAtPoint(members, i, options).quorum.reached);
    expect(reached).toEqual([false, false, true, true, false]);
    expect(movedBefore(members, 1)).toBe(false);
    expect(movedBefore(members, 2)).toBe(true);
  });

  it("compte les votants : présents qui prennent part + pouvoirs utilisables sur le point", () => {
    const members: MemberMovements[] = [
      ...council(4, 4),
      { member: "Absent A", presentAtOpening: false, mandataire: "Élu 1" },
      { member: "Absent B", presentAtOpening: false, mandataire: "élu 1" },
      { member: "Absent C", presentAtOpening: false, mandataire: "Élu 2" },
      { member: "Absent D", presentAtOpening: false, mandataire: "Élu 3", movements: [arrive(1)] },
    ].map((m) => (m.member === "Élu 2" ? { ...m, movements: [leave(1)] } : m));
    const opening = attendanceAtPoint(members, 0, { enExercice: 8, date: "2026-12-05" });
    expect(opening.proxies.map((p) => p.mandant)).toEqual(["Absent A", "Absent C", "Absent D"]);
    expect(opening.votants).toBe(7);
    const point1 = attendanceAtPoint(members, 1, { enExercice: 8, date: "2026-12-05" });
    expect(point1.presents).toEqual(["Élu 1", "Élu 3", "Élu 4", "Absent D"]);
    expect(point1.proxies.map((p) => p.mandant)).toEqual(["Absent A"]);
    expect(point1.votants).toBe(5);
  });

  it("retire des votants le non-participant et le pouvoir qu'il porte ou qu'il a donné", () => {
    const members: MemberMovements[] = [
      { member: "Maire", presentAtOpening: true, nonParticipating: [0] },
      { member: "Adjoint", presentAtOpening: true },
      { member: "Absent", presentAtOpening: false, mandataire: "Maire" },
      { member: "Intéressé", presentAtOpening: false, mandataire: "Adjoint", nonParticipating: [0] },
    ];
    const point = attendanceAtPoint(members, 0, { enExercice: 4, date: "2026-12-05" });
    expect(point.nonParticipants).toEqual(["Maire"]);
    expect(point.proxies).toEqual([]);
    expect(point.votants).toBe(1);
    expect(attendanceAtPoint(members, 1, { enExercice: 4, date: "2026-12-05" }).votants).toBe(4);
  });
});

describe("pouvoir donné en quittant la séance (L2121-20)", () => {
  const five = council(5, 5);
  const withMoves = (moves: Record<string, Movement[]>) =>
    five.map((m) => (moves[m.member] ? { ...m, movements: moves[m.member] } : m));

  it("fait voter le mandataire pour le partant aux points suivants : présents 4, représenté 1, votants 5", () => {
    const members = withMoves({ "Élu 1": [leave(2, "Élu 2")] });
    const point = attendanceAtPoint(members, 2, { enExercice: 5, date: "2026-12-05" });
    expect(point.presents).toHaveLength(4);
    expect(point.proxies).toEqual([{ mandant: "Élu 1", mandataire: "Élu 2" }]);
    expect(point.votants).toBe(5);
    expect(movedBefore(members, 2)).toBe(true);
    expect(pouvoirProblemsAt(members, 2, options)).toEqual([]);
  });

  it("accepte un pouvoir à un présent ; refuse un mandant déjà sorti, un mandataire absent, un second pouvoir", () => {
    const opts = { enExercice: 5, date: "2026-12-05" };
    const valid = { mandant: "Élu 1", mandataire: "Élu 2", index: 2 };
    expect(pouvoirOnDepartureProblems(five, valid, opts)).toEqual([]);
    const gone = withMoves({ "Élu 1": [leave(1)] });
    expect(pouvoirOnDepartureProblems(gone, valid, opts).map((p) => p.code)).toEqual(["mandant-away"]);
    const holderGone = withMoves({ "Élu 2": [leave(2)] });
    expect(pouvoirOnDepartureProblems(holderGone, valid, opts).map((p) => p.code)).toEqual(["mandataire-absent"]);
    const holderBusy = withMoves({ "Élu 3": [leave(1, "Élu 2")] });
    expect(pouvoirOnDepartureProblems(holderBusy, valid, opts)).toEqual([
      { code: "cumul", mandant: "Élu 1", mandataire: "Élu 2", index: 2, already: ["Élu 3"] },
    ]);
    // Two pouvoirs per holder under the COVID derogations.
    expect(pouvoirOnDepartureProblems(holderBusy, valid, { enExercice: 5, date: "2021-03-10" })).toEqual([]);
  });

  it("fait tomber le pouvoir au point où le mandataire sort à son tour", () => {
    const members = withMoves({ "Élu 1": [leave(1, "Élu 2")], "Élu 2": [leave(3)] });
    expect(pouvoirProblemsAt(members, 2, options)).toEqual([]);
    const [problem] = pouvoirProblemsAt(members, 3, options);
    expect(problem).toEqual({ code: "mandataire-absent", mandant: "Élu 1", mandataire: "Élu 2", index: 3 });
    expect(attendanceAtPoint(members, 3, options).proxies).toEqual([]);
  });

  it("dit en français pourquoi, avec l'article", () => {
    expect(
      pouvoirMessage(
        { code: "cumul", mandant: "Élu 1", mandataire: "Élu 2", index: 2, already: ["Élu 3"] },
        "3",
        "2026-12-05",
      ),
    ).toBe(
      "Le pouvoir d'Élu 1 ne vaut pas au point 3 : Élu 2 détient déjà celui d'Élu 3, et un conseiller ne peut recevoir qu'un seul pouvoir (article L2121-20 du CGCT).",
    );
    expect(pouvoirMessage({ code: "mandant-away", mandant: "Élu 1", index: 0 }, "1", "2026-12-05")).toContain(
      "n'est pas en séance avant le point 1",
    );
  });
});
