import { useState } from "react";
import { messageOf } from "@shared/ui/hooks/async-state";
import { useServices } from "../app/services";

/**
 * A finding selects the first cell it names; one that names none, or a selection Excel refuses, leaves a notice
 * instead. Any other step of the view may set or clear the notice.
 */
export function useCellSelection(noCell: string) {
  const { workbook } = useServices();
  const [notice, setNotice] = useState<string | null>(null);
  const select = async (cells: readonly { readonly sheet: string; readonly address: string }[]) => {
    const [first] = cells;
    if (!first) {
      setNotice(noCell);
      return;
    }
    setNotice(null);
    await workbook.selectCell(first.sheet, first.address).catch((error: unknown) => setNotice(messageOf(error)));
  };
  return { notice, setNotice, select };
}
