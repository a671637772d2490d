import { useState } from "react";
import type { AsyncState } from "@shared/ui/hooks/async-state";
import { useLoad } from "@shared/ui/hooks/use-load";
import { useServices } from "../../app/services";
import type { Workspace } from "../../common/workspace";
import { useWrite } from "../seance/use-write";
import { searchThreads } from "./network";
import type { Theme, Thread } from "./network";
import { answerDraft, questionDraft, themeOf } from "./questions";

/** The answer being typed to one thread; emptied once handed to the outbox. */
export function useAnswerForm(thread: Thread, ws: Workspace) {
  const { busy, write } = useWrite();
  const [texte, setTexte] = useState("");
  const [reference, setReference] = useState("");
  const answer = async () => {
    const draft = answerDraft(ws, thread.question, texte, reference);
    await write("reponses", { kind: "create", draft, clientId: crypto.randomUUID() });
    setTexte("");
    setReference("");
  };
  return { texte, setTexte, reference, setReference, canSend: !busy && texte.trim() !== "", answer };
}

/** The question being typed; subject and text emptied once handed to the outbox, the theme kept. */
export function useAskForm(ws: Workspace) {
  const { busy, write } = useWrite();
  const [sujet, setSujet] = useState("");
  const [texte, setTexte] = useState("");
  const [theme, setTheme] = useState<Theme>("seance");
  const ask = async () => {
    const draft = questionDraft(ws, sujet, texte, theme);
    await write("questions", { kind: "create", draft, clientId: crypto.randomUUID() });
    setSujet("");
    setTexte("");
  };
  const canSend = !busy && sujet.trim() !== "" && texte.trim() !== "";
  // The select offers only known themes: anything else leaves the choice as it was.
  const chooseTheme = (value: string) => {
    const chosen = themeOf(value);
    if (chosen) setTheme(chosen);
  };
  return { sujet, setSujet, texte, setTexte, theme, chooseTheme, canSend, ask };
}

/** The threads matching the words and the theme chosen, searched again as they are typed. */
export function useQuestionSearch() {
  const { data } = useServices();
  const [search, setSearch] = useState("");
  const [theme, setTheme] = useState<Theme | "">("");
  const loaded = useLoad(() => Promise.all([data.questions.items(), data.reponses.items()]), []);
  const threads: AsyncState<Thread[]> =
    loaded.status === "done"
      ? {
          status: "done",
          value: searchThreads(loaded.value[0].records, loaded.value[1].records, search, theme || undefined),
        }
      : loaded;
  return { search, setSearch, theme, setTheme, threads };
}
