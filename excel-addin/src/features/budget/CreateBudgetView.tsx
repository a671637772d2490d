import {
  Button,
  Label,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { fr } from "@shared/ui/i18n/fr";
import { Suspense, lazy, useId, useState } from "react";
import type { ChangeEvent } from "react";
import type { SheetBlock } from "@shared/ports/budget-workbook";
import { templateGrids } from "@shared/io/budget/workbook-grid";
import { blocksFromDocumentBudgetaire, sheetsToReplace, writeBlocks } from "./create-budget";
import { ActionStatus } from "@shared/ui/components/ActionStatus";
import { ReplaceGuard } from "../../app/ReplaceGuard";

// The tools for building the budget load with the tab's first display, not with the pane (the pane is near its
// weight budget).
const PairsSwitch = lazy(() => import("./PairsSwitch").then((m) => ({ default: m.PairsSwitch })));
const RepriseSection = lazy(() => import("./RepriseSection").then((m) => ({ default: m.RepriseSection })));
import { useServices } from "../../app/services";
import { useAction } from "@shared/ui/hooks/use-action";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  field: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

interface Pending {
  readonly blocks: readonly SheetBlock[];
  readonly replaces: readonly string[];
  readonly what: string;
}

/** "Créer un budget": an empty budget primitif from the template, or the sheets of a DocumentBudgetaire file. */
export function CreateBudgetView() {
  const styles = useStyles();
  const { workbook, clock } = useServices();
  const fileId = useId();
  const [pending, setPending] = useState<Pending | null>(null);
  const [state, run] = useAction<string>();

  const write = (blocks: readonly SheetBlock[], what: string) =>
    run(async () => {
      setPending(null);
      await writeBlocks(workbook, blocks);
      const lines = Math.max(0, (blocks.find((b) => b.sheet === "Budget")?.values.length ?? 1) - 1);
      return `${what} : feuilles « Document » et « Budget » écrites (${lines} ligne${lines > 1 ? "s" : ""} budgétaire${lines > 1 ? "s" : ""}).`;
    });
  const prepare = (make: () => Promise<readonly SheetBlock[]>, what: string) =>
    run(async () => {
      const blocks = await make();
      const replaces = await sheetsToReplace(workbook, blocks);
      if (replaces.length > 0) {
        setPending({ blocks, replaces, what });
        return "";
      }
      await writeBlocks(workbook, blocks);
      return `${what} : feuilles « Document » et « Budget » créées.`;
    });

  const fromTemplate = () =>
    void prepare(async () => templateGrids(Number(clock.today().slice(0, 4))), "Budget primitif vierge");
  const fromFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (file) void prepare(() => blocksFromDocumentBudgetaire(file), `Import de ${file.name}`);
  };

  return (
    <div className={styles.root}>
      <Text>
        Le budget se saisit dans deux feuilles : « Document » (type, nomenclature, exercice…) et « Budget » (une ligne
        par article).
      </Text>
      <Button onClick={fromTemplate} disabled={state.status === "busy"}>
        Créer un budget vierge
      </Button>
      <div className={styles.field}>
        <Label htmlFor={fileId}>Importer un fichier DocumentBudgetaire (XML de TotEM ou du logiciel financier)</Label>
        <input
          id={fileId}
          type="file"
          accept=".xml,application/xml,text/xml"
          onChange={fromFile}
          disabled={state.status === "busy"}
        />
      </div>
      {pending && (
        <ReplaceGuard
          sheets={pending.replaces}
          onConfirm={() => void write(pending.blocks, pending.what)}
          onCancel={() => setPending(null)}
        />
      )}
      <ActionStatus state={state} busyLabel="Écriture du classeur…" failureTitle="Le budget n'a pas pu être créé" />
      {state.status === "done" && state.value && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{state.value}</MessageBarBody>
        </MessageBar>
      )}
      <Suspense fallback={<Spinner size="small" label={fr.loading} />}>
        <PairsSwitch />
        <RepriseSection />
      </Suspense>
    </div>
  );
}
