import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ActionStatus } from "@shared/ui/components/ActionStatus";
import { BarChart } from "@shared/ui/components/BarChart";
import { useSummary } from "./use-summary";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
});

/** "Synthèse pour les élus": the budget in a few charts, each with its figures as text. */
export function SummaryView() {
  const styles = useStyles();
  const { state, refresh } = useSummary();
  return (
    <div className={styles.root}>
      <Button onClick={() => void refresh()} disabled={state.status === "busy"}>
        Actualiser la synthèse
      </Button>
      <ActionStatus state={state} busyLabel="Lecture du budget…" failureTitle="La synthèse n'a pas pu être établie" />
      {state.status === "done" && (
        <>
          <Text weight="semibold">{state.value.collectivite}</Text>
          {state.value.charts.map((chart) => (
            <BarChart key={chart.title} {...chart} />
          ))}
        </>
      )}
    </div>
  );
}
