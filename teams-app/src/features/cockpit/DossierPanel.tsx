import { Button, Caption1, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { FindingsList } from "@shared/ui/components/FindingsList";
import { DossierEnvelopeFields } from "./DossierEnvelopeFields";
import { DossierFilesFields } from "./DossierFilesFields";
import { useDossierStyles } from "./dossier-styles";
import type { DossierContext } from "./use-dossier";
import { useDossier } from "./use-dossier";

export type DossierPanelProps = DossierContext;

/**
 * The act's télétransmission dossier: its envelope (numéro, nature, classification), the signed act as PDF (Graph's
 * conversion of the library's file, or a PDF chosen here) and its annexes, every TDT defect named as it is typed,
 * and the zip to upload to the tiers de télétransmission, offered only once no defect is left.
 */
export function DossierPanel(props: DossierPanelProps) {
  const styles = useDossierStyles();
  const dossier = useDossier(props);
  const { check, files, outcome } = dossier;
  return (
    <div className={styles.root} role="group" aria-label="Dossier de télétransmission">
      <DossierEnvelopeFields input={dossier.input} edit={dossier.edit} table={dossier.nomenclature.table} />
      <DossierFilesFields
        working={dossier.working}
        note={dossier.nomenclature.note}
        convert={dossier.convert}
        setFiles={dossier.setFiles}
        importNomenclature={dossier.importNomenclature}
      />
      {files.length > 0 && <Caption1>{`Fichiers : ${files.map((f) => f.name).join(", ")}`}</Caption1>}
      <Text weight="semibold">{check.ready ? "Enveloppe complète." : "À corriger avant l'envoi :"}</Text>
      <FindingsList findings={check.findings} label="Défauts de l'enveloppe" />
      <div>
        <Button
          appearance="primary"
          disabled={!check.ready || dossier.working || dossier.saving}
          onClick={() => void dossier.exportDossier()}
        >
          Télécharger le dossier (.zip)
        </Button>
      </div>
      {(outcome.status === "done" || outcome.status === "failed") && (
        <MessageBar intent={outcome.status === "done" ? "success" : "error"}>
          <MessageBarBody>{outcome.status === "done" ? outcome.value : outcome.message}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
