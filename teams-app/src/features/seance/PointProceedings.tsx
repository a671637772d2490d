import { Badge, Button, Caption1, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { countOf } from "@shared/ui/i18n/typography";
import { useState } from "react";
import type { MembreRecord, PointRecord } from "../../app/data/ports";
import type { AttendanceChange } from "./attendance";
import type { PointRoom } from "./council-seance";
import type { Vote } from "./seance-details";
import { useWrite } from "./use-write";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  title: { minWidth: 0, overflowWrap: "anywhere", fontWeight: tokens.fontWeightSemibold },
  moves: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 190px), 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  chips: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  vote: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 6.5em)) auto auto",
    // In a task pane the three numbers take one line, the buttons the next one.
    "@media (max-width: 599px)": { gridTemplateColumns: "repeat(3, minmax(0, 1fr))" },
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
  },
  number: { minWidth: 0, width: "100%" },
});

const count = (value: string): number => Math.max(0, Math.floor(Number(value) || 0));

const COLUMNS: readonly [keyof Vote, string][] = [
  ["pour", "Pour"],
  ["contre", "Contre"],
  ["abstentions", "Abstentions"],
];

export interface PointProceedingsProps {
  /** Anchor of the findings about this point: `seance-point-<index in the agenda>`. */
  readonly anchor: string;
  readonly point: PointRecord;
  readonly room: PointRoom;
  readonly elus: readonly MembreRecord[];
  readonly recorded: Vote;
  /** The élus who came in, or left, before this point. */
  readonly arrived: readonly MembreRecord[];
  readonly left: readonly MembreRecord[];
  readonly busy: boolean;
  readonly record: (change: AttendanceChange) => void;
}

/** One point as the room takes it: who comes or goes before it, its quorum, who does not take part, its vote. */
export function PointProceedings(props: PointProceedingsProps) {
  const { anchor, point, room, elus, arrived, left, busy, record } = props;
  const styles = useStyles();
  const label = `${point.numero}. ${point.titre}`;
  const here = elus.filter((m) => room.presents.includes(m.nom));
  const away = elus.filter((m) => !room.presents.includes(m.nom));
  const apart = here.filter((m) => room.nonParticipants.includes(m.nom));
  const { quorum } = room;
  return (
    <section id={anchor} className={styles.root} aria-label={`Point ${label}`}>
      <div className={styles.head}>
        <Text className={styles.title}>{label}</Text>
        <Badge appearance="tint" color={quorum.reached ? "success" : "danger"}>
          {quorum.reached ? "Quorum atteint" : "Quorum non atteint"}
        </Badge>
        <Caption1>
          {`${countOf(room.presents.length, "présent")}${
            apart.length > 0
              ? ` dont ${countOf(apart.length, "qui ne prend pas part", "qui ne prennent pas part")}`
              : ""
          } ; ${countOf(quorum.required, "requis", "requis")} (L2121-17, pouvoirs non comptés)`}
        </Caption1>
      </div>
      <div className={styles.moves}>
        <MemberChoice
          label="Arrivée avant ce point"
          name={`Arrivée avant le point ${point.numero}`}
          members={away}
          disabled={busy}
          onPick={(m) => record({ kind: "arrive", membre: m, pointId: point.id })}
        />
        <MemberChoice
          label="Départ avant ce point"
          name={`Départ avant le point ${point.numero}`}
          members={here}
          disabled={busy}
          onPick={(m) => record({ kind: "leave", membre: m, pointId: point.id })}
        />
        {point.nature === "deliberation" && (
          <MemberChoice
            label="Ne prend pas part au vote"
            name={`Ne prend pas part au vote du point ${point.numero}`}
            members={here.filter((m) => !apart.includes(m))}
            disabled={busy}
            onPick={(m) => record({ kind: "abstain", membre: m, pointId: point.id, on: true })}
          />
        )}
      </div>
      {(arrived.length > 0 || left.length > 0 || apart.length > 0) && (
        <div className={styles.chips}>
          {arrived.map((m) => (
            <Button key={`a${m.id}`} size="small" disabled={busy} onClick={() => record({ kind: "arrive", membre: m })}>
              {`Arrivée de ${m.nom} — annuler`}
            </Button>
          ))}
          {left.map((m) => (
            <Button key={`d${m.id}`} size="small" disabled={busy} onClick={() => record({ kind: "leave", membre: m })}>
              {`Départ de ${m.nom} — annuler`}
            </Button>
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
      )}
      {point.nature === "deliberation" && (
        <VoteRow key={`${point.id}:${point.eTag}`} point={point} recorded={props.recorded} votants={room.votants} />
      )}
    </section>
  );
}

/** An élu picked from a list: the choice is the action, and the list comes back to « — » once it is recorded. */
function MemberChoice(props: {
  label: string;
  name: string;
  members: readonly MembreRecord[];
  disabled: boolean;
  onPick: (membre: MembreRecord) => void;
}) {
  const { label, name, members, disabled, onPick } = props;
  return (
    <Field label={label}>
      <Select
        disabled={disabled || members.length === 0}
        value=""
        aria-label={name}
        onChange={(_e, d) => {
          const membre = members.find((m) => m.id === d.value);
          if (membre) onPick(membre);
        }}
      >
        <option value="">—</option>
        {members.map((m) => (
          <option key={m.id} value={m.id}>
            {m.nom}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** The vote of one point, typed then saved on the point's item (an item per keystroke would race its own eTag). */
function VoteRow({ point, recorded, votants }: { point: PointRecord; recorded: Vote; votants: number }) {
  const styles = useStyles();
  const { busy, write } = useWrite();
  const [vote, setVote] = useState(recorded);
  const changed = COLUMNS.some(([key]) => vote[key] !== recorded[key]);
  return (
    <div className={styles.vote}>
      {COLUMNS.map(([key, name]) => (
        <Field key={key} label={name}>
          <Input
            className={styles.number}
            size="small"
            type="number"
            min={0}
            aria-label={`${name} — ${point.numero}. ${point.titre}`}
            value={String(vote[key])}
            onChange={(_e, d) => setVote({ ...vote, [key]: count(d.value) })}
          />
        </Field>
      ))}
      <Button
        size="small"
        disabled={busy || votants === 0}
        aria-label={`Unanimité au point ${point.numero} (${votants} pour)`}
        onClick={() => {
          const unanimous = { pour: votants, contre: 0, abstentions: 0 };
          setVote(unanimous);
          void write("points", { kind: "update", id: point.id, eTag: point.eTag, patch: unanimous });
        }}
      >
        Unanimité
      </Button>
      <Button
        size="small"
        aria-label={`Enregistrer le vote du point ${point.numero}`}
        disabled={busy || !changed}
        onClick={() => void write("points", { kind: "update", id: point.id, eTag: point.eTag, patch: vote })}
      >
        Enregistrer
      </Button>
    </div>
  );
}
