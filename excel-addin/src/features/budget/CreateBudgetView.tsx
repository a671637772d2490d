import { Button, Label, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { fr } from "@shared/ui/i18n/fr";
import { Suspense, lazy, useId } from "react";
import { ActionStatus } from "@shared/ui/components/ActionStatus";
import { ReplaceGuard } from "../../app/ReplaceGuard";
import { Notice } from "../../common/Notice";
import { useCreateBudget } from "./use-create-budget";

// The tools for building the budget load with the tab's first display, not with the pane (the pane is near its
// weight budget).
const PairsSwitch = lazy(() => import("./PairsSwitch").then((m) => ({ default: m.PairsSwitch })));
const RepriseSection = lazy(() => import("./RepriseSection").then((m) => ({ default: m.RepriseSection })));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  field: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

/** "Créer un budget": an empty budget primitif from the template, or the sheets of a DocumentBudgetaire file. */
export function CreateBudgetView() {
  const styles = useStyles();
  const fileId = useId();
  const { state, pending, fromTemplate, fromFile, write, cancel } = useCreateBudget();
  const busy = state.status === "busy";
  return (
    <div className={styles.root}>
      <Text>
        Le budget se saisit dans deux feuilles : « Document » (type, nomenclature, exercice…) et « Budget » (une ligne
        par article).
      </Text>
      <Button onClick={fromTemplate} disabled={busy}>
        Créer un budget vierge
      </Button>
      <div className={styles.field}>
        <Label htmlFor={fileId}>Importer un fichier DocumentBudgetaire (XML de TotEM ou du logiciel financier)</Label>
        <input id={fileId} type="file" accept=".xml,application/xml,text/xml" onChange={fromFile} disabled={busy} />
      </div>
      {pending && (
        <ReplaceGuard
          sheets={pending.replaces}
          onConfirm={() => write(pending.blocks, pending.what)}
          onCancel={cancel}
        />
      )}
      <ActionStatus state={state} busyLabel="Écriture du classeur…" failureTitle="Le budget n'a pas pu être créé" />
      <Notice intent="success" text={state.status === "done" ? state.value : null} />
      <Suspense fallback={<Spinner size="small" label={fr.loading} />}>
        <PairsSwitch />
        <RepriseSection />
      </Suspense>
    </div>
  );
}
