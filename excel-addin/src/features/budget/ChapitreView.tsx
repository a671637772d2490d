import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { formatMoney } from "@shared/domain/budget";
import type { SectionVote } from "@shared/domain/budget/vote-chapitres";
import { voteParChapitre } from "@shared/domain/budget/vote-chapitres";
import { ActionStatus } from "@shared/ui/components/ActionStatus";
import { useAction } from "@shared/ui/hooks/use-action";
import { readWorkbookBudget } from "./check-workbook";
import { useServices } from "../../app/services";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  // Fits a 360 px pane: the code and the amount keep their width, the chapitre's name wraps.
  code: { width: "3.5em" },
  amount: { width: "8.5em", textAlign: "right", whiteSpace: "nowrap" },
  total: { fontWeight: tokens.fontWeightSemibold },
});

const TITLES: Readonly<Record<string, string>> = {
  "F|D": "Dépenses de fonctionnement",
  "F|R": "Recettes de fonctionnement",
  "I|D": "Dépenses d'investissement",
  "I|R": "Recettes d'investissement",
};

function SectionTable({ vote }: { vote: SectionVote }) {
  const styles = useStyles();
  const title = TITLES[`${vote.section}|${vote.sens}`] ?? "";
  return (
    <Table size="extra-small" aria-label={title}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.code}>Chap.</TableHeaderCell>
          <TableHeaderCell>{title}</TableHeaderCell>
          <TableHeaderCell className={styles.amount}>Crédits</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {vote.chapitres.map((c) => (
          <TableRow key={c.chapitre}>
            <TableCell className={styles.code}>{c.chapitre}</TableCell>
            <TableCell>{c.libelle ?? ""}</TableCell>
            <TableCell className={styles.amount}>{formatMoney(c.credits)}</TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell className={styles.code} />
          <TableCell className={styles.total}>Total</TableCell>
          <TableCell className={mergeClasses(styles.amount, styles.total)}>{formatMoney(vote.total)}</TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}

/** « Vote par chapitre » : the workbook's budget as the council votes it (CGCT L2312-2). */
export function ChapitreView() {
  const styles = useStyles();
  const { workbook } = useServices();
  const [state, run] = useAction<SectionVote[]>();
  const show = () => void run(async () => voteParChapitre((await readWorkbookBudget(workbook)).document));
  return (
    <div className={styles.root}>
      <Text>Le conseil vote le budget par chapitre : les articles de la feuille « Budget » y sont regroupés.</Text>
      <Button appearance="primary" onClick={show} disabled={state.status === "busy"}>
        Afficher le budget par chapitre
      </Button>
      <ActionStatus state={state} busyLabel="Lecture du budget…" failureTitle="Le budget n'a pas pu être lu" />
      {state.status === "done" &&
        state.value
          .filter((vote) => vote.chapitres.length > 0)
          .map((vote) => <SectionTable key={`${vote.section}${vote.sens}`} vote={vote} />)}
    </div>
  );
}
