import { Label, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { ActionStatus } from "@shared/ui/components/ActionStatus";
import { ReplaceGuard } from "../../app/ReplaceGuard";
import { Notice } from "../../common/Notice";
import { RepriseForm } from "./RepriseForm";
import { useReprise } from "./use-reprise";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/**
 * « Préparer le BP depuis le compte administratif » : the BP of N with the results of N-1 carried over (001, 1068,
 * 002) and the restes à réaliser; the 1068 is the council's choice, at least the financing need.
 */
export function RepriseSection() {
  const styles = useStyles();
  const fileId = useId();
  const { chosen, written, compte, replaces, create, ...reprise } = useReprise();
  return (
    <section className={styles.root} aria-labelledby={`${fileId}-titre`}>
      <Subtitle2 as="h2" id={`${fileId}-titre`}>
        Préparer le budget primitif depuis le compte administratif
      </Subtitle2>
      <Label htmlFor={fileId}>Compte administratif ou CFU de l'exercice précédent (XML)</Label>
      <input id={fileId} type="file" accept=".xml,application/xml,text/xml" onChange={reprise.fromFile} />
      <ActionStatus state={chosen} busyLabel="Lecture du compte…" failureTitle="Le compte n'a pas pu être lu" />
      {compte && (
        <RepriseForm
          compte={compte}
          affectation={reprise.affectation}
          onAffectation={reprise.setAffectation}
          invalid={reprise.invalid}
          busy={written.status === "busy"}
          onCreate={() => create(false)}
        />
      )}
      {replaces && <ReplaceGuard sheets={replaces} onConfirm={() => create(true)} onCancel={reprise.cancel} />}
      <ActionStatus state={written} busyLabel="Écriture du classeur…" failureTitle="Le budget n'a pas pu être créé" />
      <Notice intent="success" text={written.status === "done" ? written.value : null} />
    </section>
  );
}
