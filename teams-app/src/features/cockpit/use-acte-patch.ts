import type { FormEvent } from "react";
import type { DraftIn } from "../../app/data/ports";
import type { ActeRecord } from "../../app/data/ports";
import { useWrite } from "../seance/use-write";

/**
 * The submit of a small form that completes the act's record: nothing is written while `problem` names what is
 * wrong with the date or the identifier typed.
 */
export function useActePatch(acte: ActeRecord, problem: string | undefined, patch: () => Partial<DraftIn<"actes">>) {
  const { busy, write } = useWrite();
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (problem === undefined) void write("actes", { kind: "update", id: acte.id, eTag: acte.eTag, patch: patch() });
  };
  return { canSave: !busy && problem === undefined, onSubmit };
}
