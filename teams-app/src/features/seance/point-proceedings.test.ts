import { elus, point } from "../../testing/records";
import type { PointRoom } from "./council-seance";
import { pointChoices, roomCaption } from "./point-proceedings";

const [maire, garnier, rousseau] = [elus[0]!, elus[1]!, elus[2]!];
const room: PointRoom = {
  presents: [maire.nom, garnier.nom],
  nonParticipants: [garnier.nom],
  proxies: [],
  quorum: { required: 2, counted: 1, reached: false },
  votants: 1,
  moved: true,
};

describe("un point tel que la salle le prend", () => {
  it("propose les arrivées parmi les absents, les départs et la non-participation parmi les présents", () => {
    const choices = pointChoices(point("p1", 1, "Budget primitif"), elus, room);
    expect(choices.map((c) => [c.name, c.members.map((m) => m.nom)])).toEqual([
      ["Arrivée avant le point 1", [rousseau.nom]],
      ["Départ avant le point 1", [maire.nom, garnier.nom]],
      ["Ne prend pas part au vote du point 1", [maire.nom]],
    ]);
  });

  it("note l'arrivée, le départ et la non-participation de l'élu choisi, pour ce point", () => {
    const choices = pointChoices(point("p1", 1, "Budget primitif"), elus, room);
    const [arrive, leave, abstain] = [choices[0]!, choices[1]!, choices[2]!];
    expect(arrive.change(rousseau)).toEqual({
      kind: "move",
      membre: rousseau,
      move: { kind: "arrive", pointId: "p1" },
      on: true,
    });
    expect(leave.change(maire)).toEqual({
      kind: "move",
      membre: maire,
      move: { kind: "leave", pointId: "p1" },
      on: true,
    });
    expect(abstain.change(maire)).toEqual({ kind: "abstain", membre: maire, pointId: "p1", on: true });
  });

  it("n'offre pas la non-participation à un point d'information, sans vote", () => {
    const choices = pointChoices(point("p3", 3, "Point d'information", "information"), elus, room);
    expect(choices.map((c) => c.label)).toEqual(["Arrivée avant ce point", "Départ avant ce point"]);
  });

  it("compte présents, représentés, votants et quorum requis", () => {
    // A count and its noun are joined by a non-breaking space, read here as an ordinary one.
    expect(roomCaption(room).replaceAll("\u00a0", " ")).toBe(
      "2 présents dont 1 qui ne prend pas part ; 0 représenté ; 1 votant ; 2 requis (L2121-17, pouvoirs non comptés)",
    );
  });
});
