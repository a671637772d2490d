import {
  Badge,
  Button,
  Caption1,
  Field,
  Input,
  Select,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { THEME_LABELS, searchThreads } from "./network";
import type { Theme, Thread } from "./network";
import { THEMES, answerByline, questionByline, themeOf } from "./questions";
import { useAnswerForm, useAskForm } from "./use-questions";
import { useServices } from "../../app/services";
import { Loading } from "@shared/ui/components/Loading/Loading";
import { useLoad } from "@shared/ui/hooks/use-load";
import { Section } from "../../common/Section";
import type { Workspace } from "../../common/workspace";

const useStyles = makeStyles({
  filters: { display: "grid", gridTemplateColumns: "2fr 1fr", gap: tokens.spacingHorizontalS },
  answer: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
  },
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

const themeOptions = THEMES.map((t) => (
  <option key={t} value={t}>
    {THEME_LABELS[t]}
  </option>
));

function AnswerForm({ thread, ws }: { thread: Thread; ws: Workspace }) {
  const styles = useStyles();
  const form = useAnswerForm(thread, ws);
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        void form.answer();
      }}
    >
      <Field label={`Votre réponse à « ${thread.question.sujet} »`}>
        <Textarea value={form.texte} onChange={(_e, d) => form.setTexte(d.value)} resize="vertical" />
      </Field>
      <Field label="Référence (article, circulaire)">
        <Input value={form.reference} onChange={(_e, d) => form.setReference(d.value)} />
      </Field>
      <div>
        <Button type="submit" disabled={!form.canSend}>
          Répondre
        </Button>
      </div>
    </form>
  );
}

function ThreadView({ thread, ws }: { thread: Thread; ws: Workspace }) {
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
      <AnswerForm thread={thread} ws={ws} />
    </Section>
  );
}

function AskForm({ ws }: { ws: Workspace }) {
  const styles = useStyles();
  const form = useAskForm(ws);
  return (
    <Section title="Poser une question au réseau">
      <form
        className={styles.form}
        onSubmit={(e) => {
          e.preventDefault();
          void form.ask();
        }}
      >
        <Field label="Sujet" required>
          <Input value={form.sujet} onChange={(_e, d) => form.setSujet(d.value)} />
        </Field>
        <Field label="Votre question" required>
          <Textarea value={form.texte} onChange={(_e, d) => form.setTexte(d.value)} resize="vertical" />
        </Field>
        <Field label="Thème de la question">
          <Select value={form.theme} onChange={(_e, d) => form.chooseTheme(d.value)}>
            {themeOptions}
          </Select>
        </Field>
        <div>
          <Button type="submit" appearance="primary" disabled={!form.canSend}>
            Poser la question
          </Button>
        </div>
      </form>
    </Section>
  );
}

/** Questions and answers between secretaries, searchable by words and theme. */
export function QuestionsPanel({ ws }: { ws: Workspace }) {
  const styles = useStyles();
  const { data } = useServices();
  const [search, setSearch] = useState("");
  const [theme, setTheme] = useState<Theme | "">("");
  const loaded = useLoad(() => Promise.all([data.questions.items(), data.reponses.items()]), []);
  return (
    <>
      <div className={styles.filters}>
        <Field label="Rechercher dans les questions et réponses">
          <Input type="search" value={search} onChange={(_e, d) => setSearch(d.value)} />
        </Field>
        <Field label="Thème">
          <Select value={theme} onChange={(_e, d) => setTheme(themeOf(d.value))}>
            <option value="">Tous les thèmes</option>
            {themeOptions}
          </Select>
        </Field>
      </div>
      <AskForm ws={ws} />
      <Loading loaded={loaded}>
        {([questions, reponses]) => {
          const threads = searchThreads(questions.records, reponses.records, search, theme || undefined);
          if (threads.length === 0) return <Text>Aucune question ne correspond.</Text>;
          return threads.map((t) => <ThreadView key={t.question.id} thread={t} ws={ws} />);
        }}
      </Loading>
    </>
  );
}
