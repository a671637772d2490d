import { Field, Select, Text } from "@fluentui/react-components";
import { Loading } from "@shared/ui/components/Loading/Loading";
import { seanceLabel } from "../../common/seance-label";
import type { Workspace } from "../../common/workspace";
import { SeanceDocumentsProvider } from "../seance/documents/seance-files";
import { SeanceAvis } from "./SeanceAvis";
import { useReview } from "./use-review";

/** Élus give their avis on the next séance's points; the secretary sees them gathered per point. */
export function ReviewView({ ws }: { ws: Workspace }) {
  const { loaded, choose, setChosen } = useReview(ws);
  return (
    <Loading loaded={loaded}>
      {({ records }) => {
        const { next, seance } = choose(records);
        if (!seance) return <Text>Aucune séance à venir.</Text>;
        return (
          <>
            {ws.identity.role === "elu" ? (
              <Text>{`Prochaine séance : ${seanceLabel(seance, ws.communes)}`}</Text>
            ) : (
              <Field label="Séance">
                <Select value={seance.id} onChange={(_e, d) => setChosen(d.value)}>
                  {next.map((s) => (
                    <option key={s.id} value={s.id}>
                      {seanceLabel(s, ws.communes)}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
            <SeanceDocumentsProvider seanceId={seance.id}>
              <SeanceAvis key={seance.id} ws={ws} seance={seance} />
            </SeanceDocumentsProvider>
          </>
        );
      }}
    </Loading>
  );
}
