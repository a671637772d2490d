import { addDays, addMonths, weekday } from "../common/iso-date";
import { budgetVoteDeadline, compteVoteDeadline } from "./legal-deadlines";

/**
 * The windows that open once an act is made public and sent to the préfet (issue 14): until their end the act can
 * still be annulled, so the office keeps its file at hand. Dates are ISO civil dates, both ends inclusive.
 */

export const BUDGET_DOCUMENTS = ["primitif", "supplementaire", "decision-modificative", "compte"] as const;
export type BudgetDocument = (typeof BUDGET_DOCUMENTS)[number];

export interface ActWindowFacts {
  /** Notified to the person concerned (individual acts) rather than published. */
  readonly individuel: boolean;
  readonly publieLe?: string;
  readonly notifieLe?: string;
  /** The day the préfecture received it: the acknowledgement's date, else the day it was sent. */
  readonly recuEnPrefectureLe?: string;
  /** The préfet's lettre d'observations, a recours gracieux, and the commune's answer to it. */
  readonly observationsLe?: string;
  readonly reponseObservationsLe?: string;
  readonly budget?: { readonly document: BudgetDocument; readonly exercice: number };
}

export type ActWindowKind =
  "recours-contentieux" | "defere-prefectoral" | "controle-budgetaire" | "transmission-budget";

export interface ActWindow {
  readonly kind: ActWindowKind;
  /** French, for the cockpit: what can still happen until `until`. */
  readonly label: string;
  readonly from: string;
  readonly until: string;
  readonly ref: string;
  /** Set when a recours gracieux moved the end: what moved it. */
  readonly prolongation?: string;
}

/** The last day of a delay that ends on a Saturday or a Sunday is the next Monday (CPC 642, applied by the juge administratif). */
function workingEnd(iso: string): string {
  const day = weekday(iso);
  return day === 6 ? addDays(iso, 2) : day === 0 ? addDays(iso, 1) : iso;
}

/**
 * A two-month délai franc: neither the day of the starting event nor the day it falls due is counted, so an act
 * published on 1 March can be brought before the judge until 2 May. Public holidays are not extended here (the
 * suite keeps no table of them): the cockpit's date is then one working day early, never late.
 */
function twoMonthsFranc(start: string): string {
  return workingEnd(addDays(addMonths(start, 2), 1));
}

/**
 * The préfet's déféré: two months after the préfecture received the act (L2131-6). A lettre d'observations sent
 * within those two months is a recours gracieux: a new two months run from the commune's answer, or from its
 * silence kept two months, which is an implicit rejection (CE, 18 avril 1986, Commissaire de la République
 * d'Ille-et-Vilaine; CRPA L231-4).
 */
function defere(facts: ActWindowFacts): ActWindow | undefined {
  const recu = facts.recuEnPrefectureLe;
  if (!recu) return undefined;
  const initial = twoMonthsFranc(recu);
  const base = { kind: "defere-prefectoral" as const, from: recu, ref: "CGCT L2131-6" };
  const label = "Déféré préfectoral possible devant le tribunal administratif";
  const observations = facts.observationsLe;
  if (!observations || observations < recu || observations > initial) return { ...base, label, until: initial };
  const rejet = facts.reponseObservationsLe ?? addMonths(observations, 2);
  const until = twoMonthsFranc(rejet);
  const cause = facts.reponseObservationsLe
    ? `lettre d'observations du préfet, réponse de la commune le ${facts.reponseObservationsLe}`
    : `lettre d'observations du préfet sans réponse : rejet implicite le ${rejet}`;
  return {
    ...base,
    label: `${label} (délai prorogé par la lettre d'observations)`,
    until: until > initial ? until : initial,
    ref: "CGCT L2131-6, CRPA L231-4",
    prolongation: cause,
  };
}

/** Anyone with an interest can ask the judge to annul the act until two months after it was made known (CJA R421-1). */
function recours(facts: ActWindowFacts): ActWindow | undefined {
  const start = facts.individuel ? facts.notifieLe : facts.publieLe;
  if (!start) return undefined;
  return {
    kind: "recours-contentieux",
    label: `Recours contentieux possible (deux mois après ${facts.individuel ? "la notification" : "la publication"})`,
    from: start,
    until: twoMonthsFranc(start),
    ref: "CJA R421-1",
  };
}

/**
 * Budget documents: sent at the latest 15 days after the deadline of their vote (L1612-8; 15 July for the compte,
 * L1612-13), then open to the préfet's referral to the chambre régionale des comptes for want of balance within
 * 30 days of their receipt (L1612-5; the compte's deficit, L1612-14).
 */
function budgetWindows(facts: ActWindowFacts): ActWindow[] {
  const budget = facts.budget;
  if (!budget) return [];
  const windows: ActWindow[] = [];
  if (!facts.recuEnPrefectureLe && (budget.document === "primitif" || budget.document === "compte")) {
    const primitif = budget.document === "primitif";
    const vote = primitif ? budgetVoteDeadline(budget.exercice) : compteVoteDeadline(budget.exercice);
    windows.push({
      kind: "transmission-budget",
      label: primitif
        ? `Transmettre le budget primitif ${budget.exercice} au préfet (sinon saisine de la chambre régionale des comptes)`
        : `Transmettre le compte ${budget.exercice} au préfet`,
      from: primitif ? `${budget.exercice}-01-01` : `${budget.exercice + 1}-01-01`,
      until: primitif ? addDays(vote.due, 15) : `${budget.exercice + 1}-07-15`,
      ref: primitif ? "CGCT L1612-8" : "CGCT L1612-13",
    });
  }
  if (facts.recuEnPrefectureLe) {
    const compte = budget.document === "compte";
    windows.push({
      kind: "controle-budgetaire",
      label: compte
        ? "Contrôle budgétaire : saisine possible de la chambre régionale des comptes si le compte est en déficit"
        : "Contrôle budgétaire : saisine possible de la chambre régionale des comptes si le budget n'est pas en équilibre réel",
      from: facts.recuEnPrefectureLe,
      until: addDays(facts.recuEnPrefectureLe, 30),
      ref: compte ? "CGCT L1612-14" : "CGCT L1612-5",
    });
  }
  return windows;
}

/** Every window an act has opened (or, for a budget not yet sent, must meet), by end date. */
export function actWindows(facts: ActWindowFacts): ActWindow[] {
  const windows = [recours(facts), defere(facts), ...budgetWindows(facts)].filter(
    (w): w is ActWindow => w !== undefined,
  );
  return windows.sort((a, b) => a.until.localeCompare(b.until));
}

/** Whether `today` still falls inside the window. */
export const isOpen = (window: ActWindow, today: string): boolean => window.from <= today && today <= window.until;
