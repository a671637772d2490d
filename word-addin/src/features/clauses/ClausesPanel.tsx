import {
  Badge,
  Button,
  Caption1,
  Field,
  Input,
  Select,
  Spinner,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import {
  SUBJECTS,
  clauseStanding,
  compareLegalOrder,
  isOffered,
  isSubject,
  subjectsOf,
} from "@shared/domain/acts/clauses";
import type { ActType, Clause, ClauseKind, ClauseStatus, Subject } from "@shared/domain/acts/clauses";
import { ACT_TYPE_LABELS, KIND_LABELS } from "../../app/labels";
import { useServices } from "../../app/services";
import { ClauseForm } from "./ClauseForm";
import { StandingBadges, useActDate } from "./standing";
import { usePrefill } from "./use-prefill";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  filters: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalS },
  wide: { gridColumn: "1 / -1" },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    maxHeight: "18em",
    overflowY: "auto",
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
  },
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  item: { justifyContent: "flex-start", textAlign: "left", flexGrow: 1, minWidth: 0 },
  badges: { display: "flex", flexShrink: 0, columnGap: "2px" },
});

const ALL_STATUSES: readonly ClauseStatus[] = ["brouillon", "proposee", "validee", "retiree"];
const isFlagged = (clause: Clause): boolean => (clause.flags?.length ?? 0) > 0;
const KINDS = Object.keys(KIND_LABELS) as ClauseKind[];

/** Search the library by act type, subject, kind and text; pick a clause to fill and insert it. */
export function ClausesPanel() {
  const styles = useStyles();
  const { clauses } = useServices();
  const prefill = usePrefill();
  const [actType, setActType] = useState<ActType | "">("");
  const [subject, setSubject] = useState<Subject | "">("");
  const [kind, setKind] = useState<ClauseKind | "">("");
  const [text, setText] = useState("");
  const [showAll, setShowAll] = useState(false);
  const [selected, setSelected] = useState<Clause>();
  const isSelected = (clause: Clause) => selected?.id === clause.id && selected.version === clause.version;
  const date = useActDate(prefill?.values);

  const found = useMemo(() => {
    const query = { ...(actType ? { actType } : {}), ...(subject ? { subject } : {}), ...(kind ? { kind } : {}), text };
    // Validated versions and the team's proposals, each marked with what it is.
    const offered = clauses.list(query);
    // A network clause the checker flags is always shown, marked, so that nobody takes it for a missing one.
    const flagged = clauses.list({ ...query, statuses: ["proposee"] }).filter(isFlagged);
    // Drafts, network proposals and withdrawn versions, each marked: a newer draft and a retired version both show.
    const others = showAll
      ? clauses
          .list({ ...query, statuses: ALL_STATUSES })
          .flatMap((c) => clauses.history(c.id).filter((v) => !isOffered(v)))
      : [];
    const unique = new Map([...offered, ...flagged, ...others].map((c) => [`${c.id}:${c.version}`, c]));
    return [...unique.values()].sort((a, b) => compareLegalOrder(a, b) || a.version - b.version);
  }, [clauses, actType, subject, kind, text, showAll]);
  const subjects = actType ? subjectsOf(actType) : (Object.keys(SUBJECTS) as Subject[]);

  return (
    <div className={styles.root}>
      <Field label="Rechercher une clause">
        <Input
          type="search"
          value={text}
          placeholder="ex. : tarifs cantine, L2122-22, recours"
          onChange={(_e, data) => setText(data.value)}
        />
      </Field>
      <div className={styles.filters}>
        <Field label="Type d'acte">
          <Select
            value={actType}
            onChange={(_e, data) => {
              const next = data.value === "deliberation" || data.value === "arrete" ? data.value : "";
              setActType(next);
              if (next && subject && SUBJECTS[subject].actType !== next) setSubject("");
            }}
          >
            <option value="">Tous</option>
            {(Object.keys(ACT_TYPE_LABELS) as ActType[]).map((t) => (
              <option key={t} value={t}>
                {ACT_TYPE_LABELS[t]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Nature de la clause">
          <Select value={kind} onChange={(_e, data) => setKind(KINDS.find((k) => k === data.value) ?? "")}>
            <option value="">Toutes</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Sujet" className={styles.wide}>
          <Select value={subject} onChange={(_e, data) => setSubject(isSubject(data.value) ? data.value : "")}>
            <option value="">Tous</option>
            {subjects.map((s) => (
              <option key={s} value={s}>
                {SUBJECTS[s].label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Switch
        checked={showAll}
        onChange={(_e, data) => setShowAll(data.checked)}
        label="Afficher aussi les brouillons, les propositions du réseau et les versions retirées"
      />
      <Caption1 aria-live="polite">{`${found.length} clause${found.length > 1 ? "s" : ""}`}</Caption1>
      <ul className={styles.list} aria-label="Clauses trouvées">
        {found.map((clause) => (
          <li key={`${clause.id}:${clause.version}`} className={styles.row}>
            <Button
              className={styles.item}
              appearance={isSelected(clause) ? "secondary" : "subtle"}
              aria-pressed={isSelected(clause)}
              onClick={() => setSelected(clause)}
            >
              {isOffered(clause) ? clause.title : `${clause.title} (v${clause.version})`}
            </Button>
            {/* Beside the button, not in its name: the status is read with the item, the title stays what one types. */}
            <span className={styles.badges}>
              {clause.origin === "reseau" && <Badge appearance="outline">Réseau</Badge>}
              <StandingBadges standing={clauseStanding(clause, date)} />
            </span>
          </li>
        ))}
      </ul>
      {selected &&
        (prefill ? (
          <ClauseForm key={`${selected.id}:${selected.version}`} clause={selected} prefill={prefill} />
        ) : (
          <Spinner size="tiny" label="Lecture de l'acte…" />
        ))}
    </div>
  );
}
