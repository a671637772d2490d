import { Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Loading } from "@shared/ui/components/Loading/Loading";
import type { Workspace } from "../../common/workspace";
import { QuestionAskForm } from "./QuestionAskForm";
import { QuestionThread } from "./QuestionThread";
import { ThemeOptions } from "./ThemeOptions";
import { themeOf } from "./questions";
import { useQuestionSearch } from "./use-questions";

const useStyles = makeStyles({
  filters: { display: "grid", gridTemplateColumns: "2fr 1fr", gap: tokens.spacingHorizontalS },
});

/** Questions and answers between secretaries, searchable by words and theme. */
export function QuestionsPanel({ ws }: { ws: Workspace }) {
  const styles = useStyles();
  const { search, setSearch, theme, setTheme, threads } = useQuestionSearch();
  return (
    <>
      <div className={styles.filters}>
        <Field label="Rechercher dans les questions et réponses">
          <Input type="search" value={search} onChange={(_e, d) => setSearch(d.value)} />
        </Field>
        <Field label="Thème">
          <Select value={theme} onChange={(_e, d) => setTheme(themeOf(d.value))}>
            <option value="">Tous les thèmes</option>
            <ThemeOptions />
          </Select>
        </Field>
      </div>
      <QuestionAskForm ws={ws} />
      <Loading loaded={threads}>
        {(found) =>
          found.length === 0 ? (
            <Text>Aucune question ne correspond.</Text>
          ) : (
            found.map((t) => <QuestionThread key={t.question.id} thread={t} ws={ws} />)
          )
        }
      </Loading>
    </>
  );
}
