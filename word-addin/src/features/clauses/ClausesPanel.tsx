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
import { SUBJECTS, clauseStanding } from "@shared/domain/acts/clauses";
import type { ActType } from "@shared/domain/acts/clauses";
import { useAfterFirstView } from "@shared/ui/hooks/use-after-first-view";
import { ACT_TYPE_LABELS, KIND_LABELS } from "../../app/labels";
import { ClauseForm } from "./ClauseForm";
import { KINDS, clauseKey, clauseLabel, countLabel, kindOf, subjectOf, withActType } from "./clause-search";
import { SearchSuggestions } from "./SearchSuggestions";
import { StandingBadges, useActDate } from "./standing";
import { useClauseSearch } from "./use-clause-search";
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

/** Search the library by act type, subject, kind and text; pick a clause to fill and insert it. */
export function ClausesPanel() {
  const styles = useStyles();
  const prefill = usePrefill();
  const { filters, update, found, suggestions, suggest, subjects, selected, setSelected, isSelected } =
    useClauseSearch();
  const { actType, subject, kind, text, showAll } = filters;
  const date = useActDate(prefill?.values);
  // The whole catalog, a button and badges a clause, is drawn one pass after the search box and the filters.
  const listShown = useAfterFirstView();
  return (
    <div className={styles.root}>
      <Field label="Rechercher une clause">
        <Input
          type="search"
          value={text}
          placeholder="ex. : tarifs cantine, L2122-22, recours"
          onChange={(_e, data) => update((f) => ({ ...f, text: data.value }))}
        />
      </Field>
      <div className={styles.filters}>
        <Field label="Type d'acte">
          <Select value={actType} onChange={(_e, data) => update((f) => withActType(f, data.value))}>
            <option value="">Tous</option>
            {(Object.keys(ACT_TYPE_LABELS) as ActType[]).map((t) => (
              <option key={t} value={t}>
                {ACT_TYPE_LABELS[t]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Nature de la clause">
          <Select value={kind} onChange={(_e, data) => update((f) => ({ ...f, kind: kindOf(data.value) }))}>
            <option value="">Toutes</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Sujet" className={styles.wide}>
          <Select value={subject} onChange={(_e, data) => update((f) => ({ ...f, subject: subjectOf(data.value) }))}>
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
        onChange={(_e, data) => update((f) => ({ ...f, showAll: data.checked }))}
        label="Afficher aussi les brouillons, les propositions du réseau et les versions retirées"
      />
      {listShown ? (
        <>
          <Caption1 aria-live="polite">{countLabel(found.length)}</Caption1>
          <SearchSuggestions suggestions={suggestions} onPick={suggest} />
          <ul className={styles.list} aria-label="Clauses trouvées">
            {found.map((clause) => (
              <li key={clauseKey(clause)} className={styles.row}>
                <Button
                  className={styles.item}
                  appearance={isSelected(clause) ? "secondary" : "subtle"}
                  aria-pressed={isSelected(clause)}
                  onClick={() => setSelected(clause)}
                >
                  {clauseLabel(clause)}
                </Button>
                {/* Beside the button, not in its name: the status is read with the item, the title stays what one types. */}
                <span className={styles.badges}>
                  {clause.origin === "reseau" && <Badge appearance="outline">Réseau</Badge>}
                  <StandingBadges standing={clauseStanding(clause, date)} />
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <Spinner size="tiny" label="Chargement des clauses…" />
      )}
      {selected &&
        (prefill ? (
          <ClauseForm key={clauseKey(selected)} clause={selected} prefill={prefill} />
        ) : (
          <Spinner size="tiny" label="Lecture de l'acte…" />
        ))}
    </div>
  );
}
