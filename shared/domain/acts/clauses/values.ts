import { isIsoDate } from "../../common";
import { formatDateLong, formatInteger, formatMontant, formatPercent } from "./format";
import type { Civilite, Genre, VariableSpec } from "./model";

/** A checked value, ready to be inserted: its text, and its grammatical gender when it has one. */
export interface ResolvedValue {
  readonly text: string;
  readonly genre?: Genre;
  /** A person's prénom and nom without civilité. */
  readonly nom?: string;
}

export type ValueResult =
  { readonly ok: true; readonly value: ResolvedValue } | { readonly ok: false; readonly error: string };

/** Acts are dated between these years; anything else is a typing slip ("0225", "20255"). */
const FIRST_YEAR = 1950;
const LAST_YEAR = 2100;
const MAX_TEXT = 4000;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

const CIVILITES: Readonly<Record<Civilite, { readonly long: string; readonly genre: Genre }>> = {
  "M.": { long: "Monsieur", genre: "masculin" },
  Monsieur: { long: "Monsieur", genre: "masculin" },
  Mme: { long: "Madame", genre: "feminin" },
  Madame: { long: "Madame", genre: "feminin" },
};

const MAIRE_TITLES: Readonly<Record<string, ResolvedValue>> = {
  monsieur: { text: "Monsieur le Maire", genre: "masculin" },
  madame: { text: "Madame la Maire", genre: "feminin" },
};

const ok = (value: ResolvedValue): ValueResult => ({ ok: true, value });
const ko = (error: string): ValueResult => ({ ok: false, error });

function cleanText(raw: unknown, multiline: boolean): string | { readonly error: string } {
  if (typeof raw !== "string") return { error: "du texte est attendu" };
  const text = raw.trim();
  if (text.length === 0) return { error: "valeur vide" };
  if (text.length > MAX_TEXT) return { error: `texte trop long (${MAX_TEXT} caractères au plus)` };
  if (CONTROL.test(text) || (!multiline && /[\r\n\t]/.test(text)))
    return { error: "caractères de contrôle ou retour à la ligne non admis" };
  return text;
}

function resolve(spec: VariableSpec, raw: unknown): ValueResult {
  switch (spec.type) {
    case "text": {
      const text = cleanText(raw, spec.multiline === true);
      return typeof text === "string" ? ok({ text }) : ko(text.error);
    }
    case "date": {
      if (typeof raw !== "string" || !isIsoDate(raw))
        return ko(`« ${String(raw)} » n'est pas une date valide (format AAAA-MM-JJ)`);
      const year = Number(raw.slice(0, 4));
      if (year < FIRST_YEAR || year > LAST_YEAR) return ko(`l'année ${year} n'est pas plausible pour un acte`);
      return ok({ text: formatDateLong(raw) });
    }
    case "montant":
      if (typeof raw !== "number" || !Number.isSafeInteger(raw))
        return ko("un montant entier en centimes est attendu (123456 pour 1 234,56 €)");
      return raw < 0 ? ko("un montant ne peut pas être négatif") : ok({ text: formatMontant(raw) });
    case "integer": {
      if (typeof raw !== "number" || !Number.isSafeInteger(raw)) return ko("un nombre entier est attendu");
      const min = spec.min ?? 0;
      if (raw < min || (spec.max !== undefined && raw > spec.max))
        return ko(`le nombre doit être compris entre ${min} et ${spec.max ?? "∞"}`);
      return ok({ text: formatInteger(raw, spec.grouping !== false) });
    }
    case "percent": {
      const max = spec.max ?? 100;
      if (typeof raw !== "number" || !Number.isFinite(raw)) return ko("un pourcentage est attendu (51.6 pour 51,6 %)");
      if (raw < 0 || raw > max) return ko(`le pourcentage doit être compris entre 0 et ${max}`);
      return Math.abs(raw * 1000 - Math.round(raw * 1000)) > 1e-6
        ? ko("trois décimales au plus")
        : ok({ text: formatPercent(raw) });
    }
    case "person": {
      const person = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : undefined;
      const civilite =
        typeof person?.civilite === "string" && Object.hasOwn(CIVILITES, person.civilite)
          ? CIVILITES[person.civilite as Civilite]
          : undefined;
      if (!civilite) return ko("une personne est attendue : civilité (M., Mme, Monsieur, Madame) et nom");
      const nom = cleanText(person?.nom, false);
      if (typeof nom !== "string") return ko(`nom : ${nom.error}`);
      return ok({ text: `${civilite.long} ${nom}`, genre: civilite.genre, nom });
    }
    case "maireTitle": {
      const title = typeof raw === "string" && Object.hasOwn(MAIRE_TITLES, raw) ? MAIRE_TITLES[raw] : undefined;
      return title ? ok(title) : ko("« monsieur » ou « madame » est attendu");
    }
    case "choice": {
      const option = typeof raw === "string" && Object.hasOwn(spec.options, raw) ? spec.options[raw] : undefined;
      return option !== undefined
        ? ok({ text: option })
        : ko(`choix attendu parmi : ${Object.keys(spec.options).join(", ")}`);
    }
  }
}

/** Checks one value against its declaration; the error names the field as the secretary sees it. */
export function resolveValue(spec: VariableSpec, raw: unknown): ValueResult {
  if (raw === undefined || raw === null || raw === "") return ko(`« ${spec.label} » : valeur manquante.`);
  const result = resolve(spec, raw);
  return result.ok ? result : ko(`« ${spec.label} » : ${result.error}.`);
}
