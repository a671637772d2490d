import { Button, Text, makeStyles } from "@fluentui/react-components";
import { Loading } from "@shared/ui/components/Loading/Loading";
import { Section } from "../../common/Section";
import { servedCommunes } from "../../common/workspace";
import type { Workspace } from "../../common/workspace";
import { NewSeanceForm } from "./NewSeanceForm";
import { SeanceChoice } from "./SeanceChoice";
import { useSeanceView } from "./use-seance-view";

const useStyles = makeStyles({
  create: { alignSelf: "flex-start" },
});

/** Pick a séance of a commune served (or, for the secretary, create one), then prepare, hold and document it. */
export function SeanceView({
  ws,
  seanceId,
  onSelect,
}: {
  ws: Workspace;
  seanceId: string | undefined;
  onSelect: (id: string) => void;
}) {
  const styles = useStyles();
  const view = useSeanceView(ws, seanceId, onSelect);
  return (
    <Loading loaded={view.loaded}>
      {({ records }) => {
        const { mine, seance } = view.choose(records);
        return (
          <>
            {view.editable && !view.creating && (
              <Button className={styles.create} onClick={view.create}>
                Nouvelle séance
              </Button>
            )}
            {view.creating && (
              <Section title="Nouvelle séance">
                <NewSeanceForm communes={servedCommunes(ws)} today={ws.today} onClose={view.closeForm} />
              </Section>
            )}
            {seance ? (
              <SeanceChoice ws={ws} seances={mine} seance={seance} onSelect={onSelect} />
            ) : (
              <Text>Aucune séance pour les communes que vous servez.</Text>
            )}
          </>
        );
      }}
    </Loading>
  );
}
