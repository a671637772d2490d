import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { SeanceBundle } from "./council-seance";
import { ConvocationForm } from "./ConvocationForm";
import { ConvocationStatus } from "./ConvocationStatus";
import { SeanceDocumentLink } from "./documents/SeanceDocumentLink";
import { useConvocation } from "./use-convocation";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, alignItems: "center" },
});

interface Props {
  readonly bundle: SeanceBundle;
  readonly editable: boolean;
  readonly today: string;
}

/** The latest sending date, the convocation's Word document, and the record of when and how it was sent. */
export function ConvocationPanel({ bundle, editable, today }: Props) {
  const styles = useStyles();
  const c = useConvocation(bundle, today);
  return (
    <>
      <ConvocationStatus status={c.status} />
      {c.notice && <Text role="status">{c.notice}</Text>}
      <div className={styles.row}>
        <SeanceDocumentLink kind="convocation" />
      </div>
      {editable && <ConvocationForm c={c} />}
    </>
  );
}
