import { Badge, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Section } from "../../common/Section";
import type { Workspace } from "../../common/workspace";
import { THEME_LABELS } from "./network";
import type { Thread } from "./network";
import { QuestionAnswerForm } from "./QuestionAnswerForm";
import { answerByline, questionByline } from "./questions";

const useStyles = makeStyles({
  answer: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
  },
});

/** One question, its answers in order, and the form to add one. */
export function QuestionThread({ thread, ws }: { thread: Thread; ws: Workspace }) {
  const styles = useStyles();
  const { question } = thread;
  return (
    <Section title={question.sujet}>
      <div>
        {question.theme && <Badge appearance="tint">{THEME_LABELS[question.theme]}</Badge>}{" "}
        {question.resolue && <Badge color="success">Résolue</Badge>}
      </div>
      <Text>{question.texte}</Text>
      <Caption1>{questionByline(question)}</Caption1>
      {thread.reponses.map((r) => (
        <div key={r.id} className={styles.answer}>
          <Text>{r.texte}</Text>
          <Caption1>{answerByline(r)}</Caption1>
        </div>
      ))}
      <QuestionAnswerForm thread={thread} ws={ws} />
    </Section>
  );
}
