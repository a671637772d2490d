import { Button, Caption1 } from "@fluentui/react-components";
import type { ChosenFile } from "./dossier-envelope";
import { withActe, withAnnexes } from "./dossier-envelope";
import { choose } from "./dossier-files";
import { useDossierStyles } from "./dossier-styles";

type Files = (change: (current: readonly ChosenFile[]) => ChosenFile[]) => void;

/** The signed act (converted from the library or chosen here), its annexes, and the préfecture's nomenclature. */
export function DossierFilesFields({
  working,
  note,
  convert,
  setFiles,
  importNomenclature,
}: {
  working: boolean;
  note: string;
  convert: () => Promise<void>;
  setFiles: Files;
  importNomenclature: (file: File | undefined) => Promise<void>;
}) {
  const styles = useDossierStyles();
  return (
    <>
      <div className={styles.row}>
        <Button size="small" disabled={working} onClick={() => void convert()}>
          Convertir l'acte de la bibliothèque en PDF
        </Button>
        <label className={styles.file}>
          <Caption1>Ou l'acte signé (PDF)</Caption1>
          <input
            type="file"
            accept="application/pdf,.pdf"
            onChange={(e) => void choose(e.target.files, "acte").then((chosen) => setFiles((c) => withActe(c, chosen)))}
          />
        </label>
        <label className={styles.file}>
          <Caption1>Annexes (PDF)</Caption1>
          <input
            type="file"
            multiple
            accept="application/pdf,.pdf"
            onChange={(e) =>
              void choose(e.target.files, "annexe").then((chosen) => setFiles((c) => withAnnexes(c, chosen)))
            }
          />
        </label>
      </div>
      <div className={styles.row}>
        <Caption1>{note}</Caption1>
        <label className={styles.file}>
          <Caption1>Nomenclature de la préfecture (JSON)</Caption1>
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => void importNomenclature(e.target.files?.[0])}
          />
        </label>
      </div>
    </>
  );
}
