import { attendanceAtPoint, movedBefore, presentAtPoint } from "./point-attendance";
import type { MemberMovements } from "./point-attendance";

const at = (presentAtOpening: boolean, extra: Partial<MemberMovements> = {}): MemberMovements => ({
  member: extra.member ?? "x",
  presentAtOpening,
  ...extra,
});

const council = (n: number, present: number): MemberMovements[] =>
  Array.from({ length: n }, (_, i) => ({ member: `Élu ${i + 1}`, presentAtOpening: i < present }));

const options = { enExercice: 11, date: "2026-12-05" };

describe("présence à chaque point", () => {
  it("suit l'ouverture, l'arrivée et le départ rattachés au point qu'ils précèdent", () => {
    expect(presentAtPoint(at(true), 5)).toBe(true);
    expect(presentAtPoint(at(false), 5)).toBe(false);
    const late = at(false, { arrivedBefore: 2 });
    expect([0, 1, 2, 3].map((i) => presentAtPoint(late, i))).toEqual([false, false, true, true]);
    const leaves = at(true, { leftBefore: 1 });
    expect([0, 1, 2].map((i) => presentAtPoint(leaves, i))).toEqual([true, false, false]);
  });

  it("admet un départ puis un retour, et lit l'arrivée et le départ au même point comme un départ", () => {
    const back = at(true, { leftBefore: 1, arrivedBefore: 3 });
    expect([0, 1, 2, 3].map((i) => presentAtPoint(back, i))).toEqual([true, false, false, true]);
    expect(presentAtPoint(at(false, { arrivedBefore: 2, leftBefore: 2 }), 2)).toBe(false);
  });

  it("compte le quorum de chaque point sur les présents, sans les pouvoirs ni ceux qui ne prennent pas part", () => {
    const members = council(11, 6);
    expect(attendanceAtPoint(members, 0, options).quorum).toEqual({ required: 6, counted: 6, reached: true });
    // One present member does not take part in point 1: 5 may deliberate, the quorum is lost for that point only.
    const interested = members.map((m, i) => (i === 0 ? { ...m, nonParticipating: [1] } : m));
    expect(attendanceAtPoint(interested, 1, options).quorum).toEqual({ required: 6, counted: 5, reached: false });
    expect(attendanceAtPoint(interested, 2, options).quorum.reached).toBe(true);
    // Proxies given by the five absents do not bring the quorum back.
    const withProxies = interested.map((m, i) => (i >= 6 ? { ...m, mandataire: `Élu ${i - 5}` } : m));
    expect(attendanceAtPoint(withProxies, 1, options).quorum.reached).toBe(false);
  });

  it("atteint le quorum au point où un retardataire arrive, et le perd au départ d'un présent", () => {
    const members = council(11, 5).map((m, i) =>
      i === 5 ? { ...m, arrivedBefore: 2 } : i === 0 ? { ...m, leftBefore: 4 } : m,
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
      // Second proxy for the same holder: one only outside the COVID window.
      { member: "Absent B", presentAtOpening: false, mandataire: "élu 1" },
      // Holder who leaves before point 1: the proxy cannot be used there.
      { member: "Absent C", presentAtOpening: false, mandataire: "Élu 2" },
      // Mandant who arrives: votes in person from then on.
      { member: "Absent D", presentAtOpening: false, mandataire: "Élu 3", arrivedBefore: 1 },
    ].map((m) => (m.member === "Élu 2" ? { ...m, leftBefore: 1 } : m));
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
