import { useState } from "react";
import type { ChangeEvent } from "react";
import type { SheetBlock } from "@shared/ports/budget-workbook";
import { templateGrids } from "@shared/io/budget/workbook-grid";
import { useAction } from "@shared/ui/hooks/use-action";
import { useServices } from "../../app/services";
import { blocksFromDocumentBudgetaire, sheetsToReplace, writeBlocks } from "./create-budget";
import { budgetCreated, budgetWritten } from "./create-budget-view";

/** Sheets ready to write that would replace the workbook's: they wait for the secretary's word. */
interface Pending {
  readonly blocks: readonly SheetBlock[];
  readonly replaces: readonly string[];
  readonly what: string;
}

/** An empty budget from the template, or one imported from a DocumentBudgetaire file, written to the workbook. */
export function useCreateBudget() {
  const { workbook, clock } = useServices();
  const [pending, setPending] = useState<Pending | null>(null);
  const [state, run] = useAction<string>();

  const write = (blocks: readonly SheetBlock[], what: string) =>
    void run(async () => {
      setPending(null);
      await writeBlocks(workbook, blocks);
      return budgetWritten(what, blocks);
    });
  const prepare = (make: () => Promise<readonly SheetBlock[]>, what: string) =>
    void run(async () => {
      const blocks = await make();
      const replaces = await sheetsToReplace(workbook, blocks);
      if (replaces.length > 0) {
        setPending({ blocks, replaces, what });
        return "";
      }
      await writeBlocks(workbook, blocks);
      return budgetCreated(what);
    });

  const fromTemplate = () =>
    prepare(async () => templateGrids(Number(clock.today().slice(0, 4))), "Budget primitif vierge");
  const fromFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (file) prepare(() => blocksFromDocumentBudgetaire(file), `Import de ${file.name}`);
  };
  const cancel = () => setPending(null);
  return { state, pending, fromTemplate, fromFile, write, cancel };
}
