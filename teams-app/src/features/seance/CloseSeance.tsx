import { Button, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { SeanceRecord } from "../../app/data/ports";
import { formatDateFr } from "@shared/domain/common";
import { parisDate } from "../../common/paris-time";
import { useWrite } from "./use-write";

/**
 * Once the procès-verbal is arrêté, the secretary closes the séance: from then on it is the record, read-only for
 * everyone (the store at once, SharePoint once `mairie provision --permissions` has run). Asked twice: it cannot be
 * undone from the tab.
 */
export function CloseSeance({ seance }: { seance: SeanceRecord }) {
  const { busy, write } = useWrite();
  const [confirming, setConfirming] = useState(false);
  if (!seance.pvArreteLe) return null;
  const close = () =>
    write("seances", { kind: "update", id: seance.id, eTag: seance.eTag, patch: { statut: "close" } });
  return confirming ? (
    <div role="group" aria-label="Clore la séance">
      <Text block>
        Une séance close ne se modifie plus : ni l'ordre du jour, ni les présences et les votes, ni les avis, ni les
        dates. Clore la séance ?
      </Text>
      <Button appearance="primary" disabled={busy} onClick={() => void close()}>
        Confirmer la clôture
      </Button>{" "}
      <Button onClick={() => setConfirming(false)}>Annuler</Button>
    </div>
  ) : (
    <div>
      <Text block>{`Procès-verbal arrêté le ${formatDateFr(parisDate(seance.pvArreteLe))}.`}</Text>
      <Button onClick={() => setConfirming(true)}>Clore la séance</Button>
    </div>
  );
}
