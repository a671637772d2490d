import { Button, Field, Input, Textarea } from "@fluentui/react-components";
import type { Workspace } from "../../common/workspace";
import { useClauseStyles } from "./clause-styles";
import { useProposeForm } from "./use-propose-form";

export function ClauseProposeForm({ ws }: { ws: Workspace }) {
  const styles = useClauseStyles();
  const { draft, update, notice, canSend, propose } = useProposeForm(ws);
  const { intitule, texte } = draft;
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        void propose();
      }}
    >
      <Field label="Intitulé de la clause" required>
        <Input value={intitule} onChange={(_e, d) => update({ ...draft, intitule: d.value })} />
      </Field>
      <Field label="Texte proposé" required>
        <Textarea value={texte} onChange={(_e, d) => update({ ...draft, texte: d.value })} resize="vertical" />
      </Field>
      <div>
        <Button type="submit" disabled={!canSend}>
          Proposer la clause
        </Button>{" "}
        {notice && <span role="status">{notice}</span>}
      </div>
    </form>
  );
}
