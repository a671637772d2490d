import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { MemberChoice } from "./MemberChoice";
import { roomMembers } from "./point-proceedings";
import type { PointProceedingsProps } from "./PointProceedings";

const useStyles = makeStyles({
  chips: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
});

/**
 * What was noted before a point, each with its undo: arrivals, departures with the pouvoir the élu hands to a
 * colleague present (« donne pouvoir à », L2121-20), non-participation.
 */
export function PointMoves(props: PointProceedingsProps) {
  const { point, room, elus, arrived, left, pouvoirs, busy, record } = props;
  const styles = useStyles();
  const { apart } = roomMembers(elus, room);
  if (arrived.length + left.length + apart.length === 0) return null;
  return (
    <div className={styles.chips}>
      {arrived.map(({ membre, move }) => (
        <Button
          key={`a${membre.id}`}
          size="small"
          disabled={busy}
          onClick={() => record({ kind: "move", membre, move, on: false })}
        >
          {`Arrivée de ${membre.nom} — annuler`}
        </Button>
      ))}
      {left.map(({ membre, move }) => (
        <div key={`d${membre.id}`}>
          <MemberChoice
            label={`${membre.nom} donne pouvoir à`}
            name={`Pouvoir de ${membre.nom} au départ avant le point ${point.numero}`}
            members={pouvoirs.choices.get(membre.id) ?? []}
            empty="Personne"
            value={move.mandataireId ?? ""}
            disabled={busy}
            onPick={(m) =>
              record({
                kind: "move",
                membre,
                move: { kind: "leave", pointId: point.id, ...(m ? { mandataireId: m.id } : {}) },
                on: true,
              })
            }
          />
          <Button size="small" disabled={busy} onClick={() => record({ kind: "move", membre, move, on: false })}>
            {`Départ de ${membre.nom} — annuler`}
          </Button>
        </div>
      ))}
      {apart.map((m) => (
        <Button
          key={`n${m.id}`}
          size="small"
          disabled={busy}
          onClick={() => record({ kind: "abstain", membre: m, pointId: point.id, on: false })}
        >
          {`${m.nom} ne prend pas part — annuler`}
        </Button>
      ))}
    </div>
  );
}
