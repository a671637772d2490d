import { Badge, Button, Caption1, Field, Input, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { formatDateFr } from "@shared/domain/common";
import { frenchSpacing } from "@shared/ui/i18n/typography";
import { LATE_HELP } from "./cockpit";
import type { CockpitItem } from "./cockpit";
import { completionDateProblem, completionWrite } from "./cockpit-completion";
import type { Completion, CompletionWrite } from "./cockpit-completion";
import { useServices } from "../../app/services";
import { useLoad } from "@shared/ui/hooks/use-load";
import { useWrite } from "../seance/use-write";

const useStyles = makeStyles({
  // One column on a phone or a task pane; the date beside the rest from 600 px.
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    "@media (min-width: 600px)": { gridTemplateColumns: "10em minmax(0, 1fr)", columnGap: tokens.spacingHorizontalM },
  },
  late: { backgroundColor: tokens.colorPaletteRedBackground1 },
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  label: { overflowWrap: "anywhere" },
  row: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalS },
});

/** « Transmis le » → « Transmis ». */
const shortVerb = (completion: Completion) => completion.verb.replace(/ le$/, "");

function CompletionForm({ item, completion, today }: { item: CockpitItem; completion: Completion; today: string }) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <div>
        <Button size="small" aria-label={`${shortVerb(completion)} : ${item.label}`} onClick={() => setOpen(true)}>
          {`${shortVerb(completion)}…`}
        </Button>
      </div>
    );
  return <OpenCompletionForm item={item} completion={completion} today={today} onClose={() => setOpen(false)} />;
}

function OpenCompletionForm({
  item,
  completion,
  today,
  onClose,
}: {
  item: CockpitItem;
  completion: Completion;
  today: string;
  onClose: () => void;
}) {
  const styles = useStyles();
  const { data } = useServices();
  const { busy, write } = useWrite();
  const [date, setDate] = useState(today);
  // A convocation needs its séance's agenda: one filtered request, made when the secretary opens the form.
  const agenda = useLoad(
    () =>
      completion.convocationFor !== undefined && item.seanceId
        ? data.points.items({ seance: item.seanceId }).then((r) => r.records.length)
        : Promise.resolve(undefined),
    [item.seanceId],
  );
  const agendaSize = agenda.status === "done" ? agenda.value : undefined;
  const waiting = completion.convocationFor !== undefined && agenda.status !== "done";
  const problem =
    agenda.status === "failed"
      ? `L'ordre du jour n'a pas pu être lu : ${agenda.message}`
      : completionDateProblem(completion, date, today, agendaSize);
  const send = (w: CompletionWrite) => {
    switch (w.list) {
      case "seances":
        return write(w.list, w.op);
      case "actes":
        return write(w.list, w.op);
      case "echeances":
        return write(w.list, w.op);
      case "subventions":
        return write(w.list, w.op);
    }
  };
  return (
    <form
      className={styles.row}
      onSubmit={(e) => {
        e.preventDefault();
        if (problem === undefined && !waiting) void send(completionWrite(completion, date));
      }}
    >
      <Field
        label={completion.verb}
        size="small"
        validationState={problem ? "error" : "none"}
        validationMessage={problem}
      >
        <Input type="date" size="small" value={date} max={today} onChange={(_e, d) => setDate(d.value)} />
      </Field>
      <Button size="small" type="submit" appearance="primary" disabled={busy || waiting || problem !== undefined}>
        Enregistrer
      </Button>
      <Button size="small" onClick={onClose}>
        Annuler
      </Button>
    </form>
  );
}

/** One thing to do: its date, what and where, what to do when it is late, and how to say it is done. */
export function CockpitEntry({
  item,
  today,
  onOpenSeance,
}: {
  item: CockpitItem;
  today: string;
  onOpenSeance: (id: string) => void;
}) {
  const styles = useStyles();
  return (
    <li className={item.late ? `${styles.item} ${styles.late}` : styles.item}>
      <div>
        <Text weight="semibold">{formatDateFr(item.due)}</Text>{" "}
        {item.late && <Badge color="danger">{`En retard de ${item.lateDays}\u00a0j`}</Badge>}
      </div>
      <div className={styles.body}>
        <Text className={styles.label}>
          {item.seanceId ? <Link onClick={() => onOpenSeance(item.seanceId ?? "")}>{item.label}</Link> : item.label}
        </Text>
        <Caption1>
          <span>{item.commune}</span>
          {item.ref && (
            <>
              {" · "}
              <span>{item.ref}</span>
            </>
          )}
        </Caption1>
        {item.late && <Caption1>{frenchSpacing(LATE_HELP[item.kind])}</Caption1>}
        {item.done && <CompletionForm item={item} completion={item.done} today={today} />}
      </div>
    </li>
  );
}
