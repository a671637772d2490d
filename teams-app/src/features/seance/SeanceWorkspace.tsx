import { makeStyles, tokens } from "@fluentui/react-components";
import { Loading } from "@shared/ui/components/Loading/Loading";
import type { SeanceRecord } from "../../app/data/ports";
import type { Workspace } from "../../common/workspace";
import { SeanceChecker } from "./SeanceChecker";
import { SeanceForms } from "./SeanceForms";
import { useSeanceWorkspace } from "./use-seance-workspace";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 3fr) minmax(300px, 2fr)",
    gap: tokens.spacingHorizontalM,
    alignItems: "start",
    "@media (max-width: 900px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
});

/** One séance: the forms on the left, the checker's findings always in view on the right (under them when narrow). */
export function SeanceWorkspace({ ws, seance }: { ws: Workspace; seance: SeanceRecord }) {
  const styles = useStyles();
  const { loaded, documents, closed, editable, assemble } = useSeanceWorkspace(ws, seance);
  return (
    <Loading loaded={loaded}>
      {(lists) => {
        const { bundle, check } = assemble(lists);
        return (
          <div className={styles.grid}>
            <SeanceForms
              bundle={bundle}
              seance={seance}
              today={ws.today}
              closed={closed}
              editable={editable}
              documents={documents}
            />
            <SeanceChecker check={check} />
          </div>
        );
      }}
    </Loading>
  );
}
