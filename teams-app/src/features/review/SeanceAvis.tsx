import { Caption1 } from "@fluentui/react-components";
import type { SeanceRecord } from "../../app/data/ports";
import type { Workspace } from "../../common/workspace";
import { Loading } from "@shared/ui/components/Loading/Loading";
import { asksAvis } from "./avis-summary";
import { SeanceAvisForm } from "./AvisForm";
import { GatheredAvis } from "./GatheredAvis";
import { PointCard } from "./PointCard";
import { useSeanceAvis } from "./use-review";

const NO_AVIS = "Point d'information : aucun avis n'est demandé aux élus.";

/** The élu gives an avis on each point; everyone else sees them gathered per point. */
export function SeanceAvis({ ws, seance }: { ws: Workspace; seance: SeanceRecord }) {
  const { loaded, membres, gather } = useSeanceAvis(ws, seance);
  return (
    <Loading loaded={loaded}>
      {(lists) => {
        const { authored, gathered, ouvertures, reader } = gather(lists);
        if (reader) {
          return (
            <SeanceAvisForm
              points={gathered.map((g) => g.point)}
              avis={authored}
              membreId={reader.membreId}
              renderPoint={(point, answer) => (
                <PointCard key={point.id} point={point} reader={reader}>
                  {answer ?? <Caption1>{NO_AVIS}</Caption1>}
                </PointCard>
              )}
            />
          );
        }
        return gathered.map((entry) => (
          <PointCard key={entry.point.id} point={entry.point}>
            {asksAvis(entry.point) ? (
              <GatheredAvis entry={entry} ouvertures={ouvertures} membres={membres} />
            ) : (
              <Caption1>{NO_AVIS}</Caption1>
            )}
          </PointCard>
        ));
      }}
    </Loading>
  );
}
