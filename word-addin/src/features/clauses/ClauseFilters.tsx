import { Field, Input, Select, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { SUBJECTS } from "@shared/domain/acts/clauses";
import type { ActType, Subject } from "@shared/domain/acts/clauses";
import { ACT_TYPE_LABELS, KIND_LABELS } from "../../app/labels";
import type { ClauseFilters as Filters } from "./clause-search";
import { KINDS, kindOf, subjectOf, withActType } from "./clause-search";

const useStyles = makeStyles({
  filters: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalS },
  wide: { gridColumn: "1 / -1" },
});

export interface ClauseFiltersProps {
  readonly filters: Filters;
  /** The subjects of the chosen act type. */
  readonly subjects: readonly Subject[];
  readonly update: (change: (filters: Filters) => Filters) => void;
}

/** The search text, the act type, kind and subject, and whether to show the clauses not offered as they are. */
export function ClauseFilters({ filters, subjects, update }: ClauseFiltersProps) {
  const styles = useStyles();
  const { actType, subject, kind, text, showAll } = filters;
  return (
    <>
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
    </>
  );
}
