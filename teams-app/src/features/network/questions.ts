import { formatDateFr } from "@shared/domain/common";
import type { QuestionRecord, ReponseRecord } from "../../app/data/ports";
import { parisDate, parisToUtc } from "../../common/paris-time";
import type { Workspace } from "../../common/workspace";
import { THEME_LABELS } from "./network";
import type { Theme } from "./network";

export const THEMES = Object.keys(THEME_LABELS) as Theme[];

/** A theme read from a select: an unknown value is « every theme ». */
export const themeOf = (value: string): Theme | "" => THEMES.find((t) => t === value) ?? "";

/** Questions and answers are dated at noon of the day, Paris time: the day is what the network reads. */
const noonOf = (ws: Workspace) => parisToUtc(ws.today, "12:00");

/** The answer to store: the trimmed text, its first 80 characters as the item's title, the reference if any. */
export function answerDraft(ws: Workspace, question: Pick<QuestionRecord, "id">, texte: string, reference: string) {
  return {
    resume: texte.trim().slice(0, 80),
    question: question.id,
    texte: texte.trim(),
    auteur: ws.identity.nom,
    reponduLe: noonOf(ws),
    ...(reference.trim() ? { reference: reference.trim() } : {}),
  };
}

/** The question to store, tied to the first commune the author serves (none for a member of no commune). */
export function questionDraft(ws: Workspace, sujet: string, texte: string, theme: Theme) {
  const commune = ws.identity.communeIds[0];
  return {
    sujet: sujet.trim(),
    texte: texte.trim(),
    theme,
    auteur: ws.identity.nom,
    poseeLe: noonOf(ws),
    ...(commune ? { commune } : {}),
  };
}

export const questionByline = (question: Pick<QuestionRecord, "auteur" | "poseeLe">): string =>
  `${question.auteur ?? "Anonyme"}${question.poseeLe ? `, le ${formatDateFr(parisDate(question.poseeLe))}` : ""}`;

export const answerByline = (reponse: Pick<ReponseRecord, "auteur" | "reference">): string =>
  `${reponse.auteur ?? "Anonyme"}${reponse.reference ? ` — ${reponse.reference}` : ""}`;
