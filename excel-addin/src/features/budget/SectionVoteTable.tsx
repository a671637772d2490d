import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { formatMoney } from "@shared/domain/budget";
import type { SectionVote } from "@shared/domain/budget/vote-chapitres";
import { sectionVoteTitle } from "./chapitre-view";

const useStyles = makeStyles({
  // Fits a 360 px pane: the code and the amount keep their width, the chapitre's name wraps.
  code: { width: "3.5em" },
  amount: { width: "8.5em", textAlign: "right", whiteSpace: "nowrap" },
  total: { fontWeight: tokens.fontWeightSemibold },
});

/** One section and sens as the council votes it: its chapitres' credits, then their total. */
export function SectionVoteTable({ vote }: { vote: SectionVote }) {
  const styles = useStyles();
  const title = sectionVoteTitle(vote);
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
