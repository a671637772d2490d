import { useState } from "react";
import type { PointRecord } from "../../app/data/ports";
import type { Vote } from "./seance-details";
import { useWrite } from "./use-write";

export const VOTE_COLUMNS: readonly [keyof Vote, string][] = [
  ["pour", "Pour"],
  ["contre", "Contre"],
  ["abstentions", "Abstentions"],
];

/** A typed count: a blank, a negative or a decimal reads as the whole number the secretary meant, at least 0. */
export const voteCount = (value: string): number => Math.max(0, Math.floor(Number(value) || 0));

/** The vote of a point as typed, and its saves: « Unanimité » writes every votant « pour » at once. */
export function useVoteRow({ point, recorded, votants }: { point: PointRecord; recorded: Vote; votants: number }) {
  const { busy, write } = useWrite();
  const [vote, setVote] = useState(recorded);
  const changed = VOTE_COLUMNS.some(([key]) => vote[key] !== recorded[key]);
  const saveVote = (v: Vote) => void write("points", { kind: "update", id: point.id, eTag: point.eTag, patch: v });
  return {
    vote,
    busy,
    changed,
    type: (key: keyof Vote, value: string) => setVote({ ...vote, [key]: voteCount(value) }),
    unanimous: () => {
      const all = { pour: votants, contre: 0, abstentions: 0 };
      setVote(all);
      saveVote(all);
    },
    save: () => saveVote(vote),
  };
}
