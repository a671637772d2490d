import { useState } from "react";
import type { ChangeEvent } from "react";
import { useAction } from "@shared/ui/hooks/use-action";
import { useServices } from "../../app/services";
import { sheetsToReplace, writeBlocks } from "./create-budget";
import type { CompteChoisi } from "./reprise";
import { affectationCents, affectationProblem, repriseWritten } from "./reprise-view";

/**
 * The compte of N-1 read from a file, the 1068 typed for it, and the writing of the BP of N; the sheets it would
 * replace wait for the secretary's word (`replaces`).
 */
export function useReprise() {
  const { workbook } = useServices();
  const [chosen, choose] = useAction<CompteChoisi>();
  const [written, write] = useAction<string>();
  const [affectation, setAffectation] = useState("");
  const [replaces, setReplaces] = useState<readonly string[] | null>(null);
  const compte = chosen.status === "done" ? chosen.value : null;
  const cents = compte ? affectationCents(affectation, compte.minimum1068) : undefined;
  const invalid = compte ? affectationProblem(cents, compte.minimum1068) : undefined;

  const fromFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    setReplaces(null);
    setAffectation("");
    if (file)
      void choose(async () => {
        const { readCompte } = await import("./reprise");
        return readCompte(file);
      });
  };
  const create = (replace: boolean) =>
    void write(async () => {
      if (!compte || cents === undefined) return "";
      const { repriseBlocks } = await import("./reprise");
      const blocks = repriseBlocks(compte.compte, cents);
      const existing = await sheetsToReplace(workbook, blocks);
      if (!replace && existing.length > 0) {
        setReplaces(existing);
        return "";
      }
      setReplaces(null);
      await writeBlocks(workbook, blocks);
      return repriseWritten(compte.compte.exercice, blocks[1].values.length - 1);
    });
  const cancel = () => setReplaces(null);
  return { chosen, written, compte, affectation, setAffectation, invalid, replaces, fromFile, create, cancel };
}
