import {
  Button,
  Field,
  Input,
  Label,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import type { ChangeEvent } from "react";
import { formatMoney, parseMoney } from "@shared/domain/budget";
import { ActionStatus } from "@shared/ui/components/ActionStatus";
import { useAction } from "@shared/ui/hooks/use-action";
import { sheetsToReplace, writeBlocks } from "./create-budget";
import type { CompteChoisi } from "./reprise";
import { ReplaceGuard } from "../../app/ReplaceGuard";
import { useServices } from "../../app/services";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** Longest amount a secretary types, « −999 999 999 999,99 € » and spaces. */
const AMOUNT_MAX = 32;

/**
 * « Préparer le BP depuis le compte administratif » : the BP of N with the results of N-1 carried over (001, 1068,
 * 002) and the restes à réaliser; the 1068 is the council's choice, at least the financing need.
 */
export function RepriseSection() {
  const styles = useStyles();
  const { workbook } = useServices();
  const fileId = useId();
  const [chosen, choose] = useAction<CompteChoisi>();
  const [written, write] = useAction<string>();
  const [affectation, setAffectation] = useState("");
  const [replaces, setReplaces] = useState<readonly string[] | null>(null);
  const compte = chosen.status === "done" ? chosen.value : null;
  const cents = affectation.trim() === "" ? compte?.minimum1068 : parseMoney(affectation);
  const invalid =
    compte !== null && (cents === undefined || cents < 0)
      ? "Montant illisible : tapez par exemple « 78 927,44 »."
      : compte !== null && cents !== undefined && cents < compte.minimum1068
        ? `Au moins ${formatMoney(compte.minimum1068)} : le besoin de financement de l'investissement (CGCT R2311-12).`
        : undefined;

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
      return `Budget primitif ${compte.compte.exercice + 1} créé avec la reprise du compte ${compte.compte.exercice} (${blocks[1].values.length - 1} lignes) : ajoutez les crédits de l'année.`;
    });

  return (
    <section className={styles.root} aria-labelledby={`${fileId}-titre`}>
      <Subtitle2 as="h2" id={`${fileId}-titre`}>
        Préparer le budget primitif depuis le compte administratif
      </Subtitle2>
      <Label htmlFor={fileId}>Compte administratif ou CFU de l'exercice précédent (XML)</Label>
      <input id={fileId} type="file" accept=".xml,application/xml,text/xml" onChange={fromFile} />
      <ActionStatus state={chosen} busyLabel="Lecture du compte…" failureTitle="Le compte n'a pas pu être lu" />
      {compte && (
        <>
          <Text>{compte.resume}</Text>
          <Field
            label="Affectation au 1068 votée par le conseil"
            hint={`Vide : le minimum, ${formatMoney(compte.minimum1068)}.`}
            validationMessage={invalid}
          >
            <Input
              value={affectation}
              maxLength={AMOUNT_MAX}
              inputMode="decimal"
              placeholder={formatMoney(compte.minimum1068)}
              onChange={(_e, data) => setAffectation(data.value)}
            />
          </Field>
          <Button
            appearance="primary"
            disabled={invalid !== undefined || written.status === "busy"}
            onClick={() => create(false)}
          >
            {`Créer le budget primitif ${compte.compte.exercice + 1}`}
          </Button>
        </>
      )}
      {replaces && <ReplaceGuard sheets={replaces} onConfirm={() => create(true)} onCancel={() => setReplaces(null)} />}
      <ActionStatus state={written} busyLabel="Écriture du classeur…" failureTitle="Le budget n'a pas pu être créé" />
      {written.status === "done" && written.value && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{written.value}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
