import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { NATURE_CODES, NATURES_ACTES } from "@shared/domain/transmission";
import { FindingsList } from "@shared/ui/components/FindingsList";
import { SOUS_MATIERES } from "./dossier";
import type { DossierInput } from "./use-dossier";
import { useDossier } from "./use-dossier";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
  },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  file: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
});

export type DossierPanelProps = DossierInput;

/**
 * The act's télétransmission dossier: its envelope (numéro, nature, classification), the signed act as PDF (Graph's
 * conversion of the library's file, or a PDF chosen here) and its annexes, every TDT defect named as it is typed,
 * and the zip to upload to the tiers de télétransmission, offered only once no defect is left.
 */
export function DossierPanel(props: DossierPanelProps) {
  const styles = useStyles();
  const dossier = useDossier(props);
  const { numero, nature, classification } = dossier.envelope;
  const { files, findings, ready, message, working, busy } = dossier;
  return (
    <div className={styles.root} role="group" aria-label="Dossier de télétransmission">
      <div className={styles.row}>
        <Field label="Numéro (@CTES)" size="small">
          <Input size="small" value={numero} maxLength={100} onChange={(_e, d) => dossier.setNumero(d.value)} />
        </Field>
        <Field label="Nature" size="small">
          <Select size="small" value={nature} onChange={(_e, d) => dossier.setNature(d.value)}>
            <option value="">—</option>
            {NATURE_CODES.map((c) => (
              <option key={c} value={String(c)}>{`${c} ${NATURES_ACTES[c]}`}</option>
            ))}
          </Select>
        </Field>
        <Field label="Classification" size="small">
          <Select size="small" value={classification} onChange={(_e, d) => dossier.setClassification(d.value)}>
            <option value="">—</option>
            {SOUS_MATIERES.map((s) => (
              <option key={s.code} value={s.code}>
                {s.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        <Button size="small" disabled={working} onClick={() => void dossier.convert()}>
          Convertir l'acte de la bibliothèque en PDF
        </Button>
        <label className={styles.file}>
          <Caption1>Ou l'acte signé (PDF)</Caption1>
          <input type="file" accept="application/pdf,.pdf" onChange={(e) => dossier.chooseActe(e.target.files)} />
        </label>
        <label className={styles.file}>
          <Caption1>Annexes (PDF)</Caption1>
          <input
            type="file"
            multiple
            accept="application/pdf,.pdf"
            onChange={(e) => dossier.chooseAnnexes(e.target.files)}
          />
        </label>
      </div>
      {files.length > 0 && <Caption1>{`Fichiers : ${files.map((f) => f.name).join(", ")}`}</Caption1>}
      <Text weight="semibold">{ready ? "Enveloppe complète." : "À corriger avant l'envoi :"}</Text>
      <FindingsList findings={findings} label="Défauts de l'enveloppe" />
      <div>
        <Button appearance="primary" disabled={!ready || working || busy} onClick={() => void dossier.exportDossier()}>
          Télécharger le dossier (.zip)
        </Button>
      </div>
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
