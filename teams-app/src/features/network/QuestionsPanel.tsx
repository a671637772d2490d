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
import { formatDateFr } from "@shared/domain/common";
import { THEME_LABELS, searchThreads } from "./network";
import type { Theme, Thread } from "./network";
import { parisDate, parisToUtc } from "../../common/paris-time";
import { useServices } from "../../app/services";
import { Loading } from "@shared/ui/components/Loading/Loading";
import { useLoad } from "@shared/ui/hooks/use-load";
import { Section } from "../../common/Section";
import type { Workspace } from "../../common/workspace";
import { useWrite } from "../seance/use-write";

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

const THEMES = Object.keys(THEME_LABELS) as Theme[];

function AnswerForm({ thread, ws }: { thread: Thread; ws: Workspace }) {
  const styles = useStyles();
  const { busy, write } = useWrite();
  const [texte, setTexte] = useState("");
  const [reference, setReference] = useState("");
  const answer = async () => {
    const draft = {
      resume: texte.trim().slice(0, 80),
      question: thread.question.id,
      texte: texte.trim(),
      auteur: ws.identity.nom,
      reponduLe: parisToUtc(ws.today, "12:00"),
      ...(reference.trim() ? { reference: reference.trim() } : {}),
    };
    await write("reponses", { kind: "create", draft, clientId: crypto.randomUUID() });
    setTexte("");
    setReference("");
  };
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        void answer();
      }}
    >
      <Field label={`Votre réponse à « ${thread.question.sujet} »`}>
        <Textarea value={texte} onChange={(_e, d) => setTexte(d.value)} resize="vertical" />
      </Field>
      <Field label="Référence (article, circulaire)">
        <Input value={reference} onChange={(_e, d) => setReference(d.value)} />
      </Field>
      <div>
        <Button type="submit" disabled={busy || texte.trim() === ""}>
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
      <Caption1>{`${question.auteur ?? "Anonyme"}${question.poseeLe ? `, le ${formatDateFr(parisDate(question.poseeLe))}` : ""}`}</Caption1>
      {thread.reponses.map((r) => (
        <div key={r.id} className={styles.answer}>
          <Text>{r.texte}</Text>
          <Caption1>{`${r.auteur ?? "Anonyme"}${r.reference ? ` — ${r.reference}` : ""}`}</Caption1>
        </div>
      ))}
      <AnswerForm thread={thread} ws={ws} />
    </Section>
  );
}

function AskForm({ ws }: { ws: Workspace }) {
  const styles = useStyles();
  const { busy, write } = useWrite();
  const [sujet, setSujet] = useState("");
  const [texte, setTexte] = useState("");
  const [theme, setTheme] = useState<Theme>("seance");
  const ask = async () => {
    const commune = ws.identity.communeIds[0];
    const draft = {
      sujet: sujet.trim(),
      texte: texte.trim(),
      theme,
      auteur: ws.identity.nom,
      poseeLe: parisToUtc(ws.today, "12:00"),
      ...(commune ? { commune } : {}),
    };
    await write("questions", { kind: "create", draft, clientId: crypto.randomUUID() });
    setSujet("");
    setTexte("");
  };
  return (
    <Section title="Poser une question au réseau">
      <form
        className={styles.form}
        onSubmit={(e) => {
          e.preventDefault();
          void ask();
        }}
      >
        <Field label="Sujet" required>
          <Input value={sujet} onChange={(_e, d) => setSujet(d.value)} />
        </Field>
        <Field label="Votre question" required>
          <Textarea value={texte} onChange={(_e, d) => setTexte(d.value)} resize="vertical" />
        </Field>
        <Field label="Thème de la question">
          <Select value={theme} onChange={(_e, d) => setTheme(d.value as Theme)}>
            {THEMES.map((t) => (
              <option key={t} value={t}>
                {THEME_LABELS[t]}
              </option>
            ))}
          </Select>
        </Field>
        <div>
          <Button type="submit" appearance="primary" disabled={busy || !sujet.trim() || !texte.trim()}>
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
          <Select value={theme} onChange={(_e, d) => setTheme(d.value as Theme | "")}>
            <option value="">Tous les thèmes</option>
            {THEMES.map((t) => (
              <option key={t} value={t}>
                {THEME_LABELS[t]}
              </option>
            ))}
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
