import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect } from "react";
import { formatMoney } from "@shared/domain/budget";
import type { Section } from "@shared/domain/budget";
import { BarChart } from "@shared/ui/components/BarChart";
import { readWorkbookBudget } from "../budget/check-workbook";
import type { BudgetSummary, ChapitreTotal } from "./summary-figures";
import { budgetSummary, chapitreTotals } from "./summary-figures";
import { ActionStatus } from "@shared/ui/components/ActionStatus";
import { useServices } from "../../app/services";
import { useAction } from "@shared/ui/hooks/use-action";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
});

interface Figures {
  readonly collectivite: string;
  readonly chapitres: Readonly<Record<Section, readonly ChapitreTotal[]>>;
  readonly summary: BudgetSummary;
}

const SERIES = [{ name: "Dépenses" }, { name: "Recettes" }];
const SECTION_TITLE: Readonly<Record<Section, string>> = { F: "fonctionnement", I: "investissement" };

function ChapitreChart({ section, totals }: { section: Section; totals: readonly ChapitreTotal[] }) {
  const biggest = [...totals].sort((a, b) => b.depenses - a.depenses)[0];
  return (
    <BarChart
      title={`Dépenses et recettes par chapitre — ${SECTION_TITLE[section]}`}
      description={
        biggest
          ? `Premier poste de dépenses : ${biggest.libelle} (${formatMoney(biggest.depenses)}).`
          : "Aucune ligne dans cette section."
      }
      series={SERIES}
      groups={totals.map((t) => ({ label: `${t.chapitre} ${t.libelle}`, values: [t.depenses, t.recettes] }))}
      format={formatMoney}
    />
  );
}

/** "Synthèse pour les élus": the budget in a few charts, each with its figures as text. */
export function SummaryView() {
  const styles = useStyles();
  const { workbook } = useServices();
  const [state, run] = useAction<Figures>();
  const refresh = () =>
    run(async () => {
      const { document } = await readWorkbookBudget(workbook);
      return {
        collectivite: [document.collectivite, `${document.type} ${document.exercice}`].filter(Boolean).join(" — "),
        chapitres: { F: chapitreTotals(document, "F"), I: chapitreTotals(document, "I") },
        summary: budgetSummary(document),
      };
    });
  // Read once when the view opens; the button reads again after the secretary edits the sheets.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the view opens, as said above
  useEffect(() => void refresh(), []);
  const figures = state.status === "done" ? state.value : null;
  const a = figures?.summary.autofinancement;
  const d = figures?.summary.dette;
  return (
    <div className={styles.root}>
      <Button onClick={() => void refresh()} disabled={state.status === "busy"}>
        Actualiser la synthèse
      </Button>
      <ActionStatus state={state} busyLabel="Lecture du budget…" failureTitle="La synthèse n'a pas pu être établie" />
      {figures && a && d && (
        <>
          <Text weight="semibold">{figures.collectivite}</Text>
          <ChapitreChart section="F" totals={figures.chapitres.F} />
          <ChapitreChart section="I" totals={figures.chapitres.I} />
          <BarChart
            title="Autofinancement"
            description={`Épargne brute ${formatMoney(a.epargneBrute)} ; après remboursement du capital de la dette, épargne nette ${formatMoney(a.epargneNette)}.`}
            series={[{ name: "Montant" }]}
            groups={[
              { label: "Recettes réelles de fonctionnement", values: [a.recettesReelles] },
              { label: "Dépenses réelles de fonctionnement", values: [a.depensesReelles] },
              { label: "Épargne brute", values: [a.epargneBrute] },
              { label: "Remboursement du capital", values: [a.capital] },
              { label: "Épargne nette", values: [a.epargneNette] },
            ]}
            format={formatMoney}
          />
          <BarChart
            title="Dette : annuité de l'exercice"
            description={`Annuité ${formatMoney(d.annuite)}${d.partDesRecettes === undefined ? "" : `, soit ${String(d.partDesRecettes / 10).replace(".", ",")} % des recettes réelles de fonctionnement`}.`}
            series={[{ name: "Montant" }]}
            groups={[
              { label: "Intérêts", values: [d.interets] },
              { label: "Capital", values: [d.capital] },
              { label: "Annuité", values: [d.annuite] },
            ]}
            format={formatMoney}
          />
        </>
      )}
    </div>
  );
}
