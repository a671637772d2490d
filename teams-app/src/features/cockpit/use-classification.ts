import { useEffect, useState } from "react";
import { loadClassification } from "@shared/data/drive/classification-file";
import type { ClassificationTable } from "@shared/domain/transmission";
import { BASE_CLASSIFICATION } from "@shared/domain/transmission";
import { useServices } from "../../app/services";

export const communeTableNote = (table: ClassificationTable) => `Nomenclature de la commune : ${table.version}.`;

/**
 * The commune's nomenclature when it imported one (TDT-CLASSIFICATION then checks against it), the national base
 * table otherwise; `note` says which, or why the commune's could not be used.
 */
export function useClassification(communeId: string | undefined) {
  const { publications } = useServices();
  const [table, setTable] = useState<ClassificationTable>(BASE_CLASSIFICATION);
  const [note, setNote] = useState("Nomenclature : table nationale de base.");
  useEffect(() => {
    if (!publications || !communeId) return;
    let current = true;
    loadClassification(publications, communeId).then(
      (read) => {
        if (!current || !read) return;
        if (read.ok) {
          setTable(read.table);
          setNote(communeTableNote(read.table));
        } else setNote(`${read.message} La table nationale de base s'applique.`);
      },
      () =>
        current &&
        setNote("La nomenclature de la commune n'a pas pu être lue : la table nationale de base s'applique."),
    );
    return () => {
      current = false;
    };
  }, [publications, communeId]);
  /** A table the secretary has just imported replaces the one shown. */
  const adopt = (imported: ClassificationTable) => {
    setTable(imported);
    setNote(communeTableNote(imported));
  };
  return { table, note, adopt };
}
