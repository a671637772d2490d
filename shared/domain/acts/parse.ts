import { findDates } from "./dates";
import { foldText } from "../common/fold";
import type { LineView } from "./line-view";
import { lineViews, partOf, restOf, splitLines } from "./line-view";
import type {
  ActKind,
  ActPart,
  Counts,
  DatePart,
  Mention,
  Mentions,
  ParsedAct,
  ParsedVote,
  Pouvoir,
  TextPart,
} from "./model";
import {
  isBullet,
  POUVOIRS_HEADING,
  readCounts,
  readCountsBelow,
  readMajority,
  readPouvoirs,
  readVote,
} from "./parse-counts";
import { readSignataire } from "./parse-signature";
import type { YearlessDate } from "./parse-convocation";
import { convocationOn, withYear } from "./parse-convocation";

/** Identification of the séance lies in the head of the act; looking further would pick up visas or annexes. */
const HEAD = 60;

/**
 * Visas and considérants open their line, after a dash or a bullet when the act lists them so; a register whose
 * margin says « VU » beside each visa is copied « VUVu les articles… », and « Considérantles… » loses its space.
 */
const VISA = /^(?:[-–—•*·]\s*)?(?:vu)?vu\b/;
const CONSIDERANT = /^(?:[-–—•*·]\s*)?(?:considerant(?:\b|(?=que\b|qu'|les?\b|la\b|l'))|attendu\b)/;
/** …or run inside a paragraph: « Le conseil municipal, vu le code…, considérant que… ». */
const INLINE_VISA = /[,;:]\s*vu (?:le |la |les |l')/;
const INLINE_CONSIDERANT = /[,;:.]\s*(?:considerant|attendu) (?:que |qu'|le |la |les |l')/;
const ARTICLE = /^(?:article|art\.)\s*(\d{1,4}|1er|premier|unique)\b/;
/** A visa that stops without its punctuation (« … du Code » then « Général des Collectivités… ; ») runs on. */
const VISA_CUT = /[^;:.,]$/;
/** A web or OCR copy breaks a visa over at most a few lines; past that the lines are something else. */
const VISA_RUN_ON = 3;
/** A capitalised article or title opens a new sentence (« Le Maire expose… »), not the rest of a cut visa. */
const NEW_SENTENCE =
  /^(?:L[Ee]|L[Aa]|L[Ee][Ss]|L'|Monsieur|MONSIEUR|Madame|MADAME|M\.|Mme|Nous|NOUS|Il|Elle|Après|Sur|Entendu)\b/;
const DISPOSITIF_WORDS = new Set(["decide", "decident", "arrete", "approuve", "adopte", "autorise", "delibere"]);
const DISPOSITIF_START = /^(D[ÉE]CIDE|ARR[ÊE]TE|APPROUVE|AUTORISE|ADOPTE)\b/;
const EXPOSE = /entendu l'expose|\bexpose\b|le maire (?:rappelle|presente|indique)|\brapporteur\b/;
const COMMUNE = /\b(?:commune|mairie|ville|village) (?:de |d'|du |des )/;
const NUMERO =
  /(?:^|\b(?:deliberation|arrete|acte|decision)\b.{0,20})\bn ?(?:°|o\.|o |r) ?:? ?([0-9][0-9a-z_/.-]{0,30}|[a-z]{1,6}[_-][0-9][0-9a-z_/.-]{0,30})/;
const HEURE = /\b\d{1,2} ?h(?: ?\d{2})?\b|\bheures?\b/;
const LIEU = /\b(?:a la|en) mairie\b|\bsalle\b|lieu habituel|lieu ordinaire|hotel de ville|\bau lieu\b|foyer rural/;
const PRESIDENT = /sous la presidence de|presidee? par|president(?:e)? de (?:la )?seance|presidence de/;
const SEANCE = /l'an |\bseance\b|\breuni/;
/** The words that give the séance's own date in the body, stronger than a title. */
const SEANCE_BODY = /l'an |\breuni|\bassemble/;
/** A date right after these words is not the séance's: earlier minutes being approved, an act number. */
const NOT_SEANCE_BEFORE = /(?:proces[- ]verbal|compte[- ]rendu|\bpv\b)[^.;]{0,40}$/;
const NUMBER_BEFORE = /\bn ?(?:°|o\.?) ?:? ?$/;
const SECRETAIRE = /secretaire de (?:la )?seance|secretaire de seance|secretaire :/;
const PRESENTS_LIST = /^(?:etaient )?present(?:e|\(e\))?s?(?:\(e\)s)?\s*:\s*[a-z]/;
const ABSENTS_LIST = /^(?:etaient )?absent(?:e|\(e\))?s?(?:\(e\)s)?(?: excuses?| non excuses?)?\s*:\s*[a-z]/;
/** An arrêté's title says what it is about: "ARRÊTÉ N° 17 portant réglementation du stationnement". */
const TITLE_OBJET =
  /\b(?:portant|relatif a|relative a|reglementant|autorisant|instituant|fixant|prescrivant|interdisant|accordant|donnant delegation)\b/;
/** A date written after these words is when the act applies, not when it was made. */
const EFFECT_BEFORE = /compter du |partir du |dater du |jusqu'au |\bau $/;
const FAIT = /^(?:fait|delibere|fait et delibere)\b/;

/** Each mention's pattern, and what rules a matching line out. */
const MENTIONS: readonly (readonly [keyof Mentions, RegExp, RegExp?])[] = [
  ["recours", /tribunal administratif|recours (?:contentieux|gracieux)|voies et delais de recours|telerecours/],
  ["executoire", /\bexecutoire\b/],
  ["transmission", /(?:prefecture|sous-prefecture|controle de legalite|representant de l'etat|accuse de reception)/],
  // "à compter de sa publication" (a recours notice) is not a publication mention, and "Date d'affichage de la
  // convocation" speaks of the séance's convocation, not of the act's own publicity.
  [
    "publication",
    /\bpublie|\bpublication (?:sur|par|electronique|papier|au|le|en|a)\b|mis en ligne|mise en ligne|\baffiche|\baffichage\b/,
    /convoc/,
  ],
  ["notification", /\bnotifi/],
];

/** The mentions whose date matters: a later dated line replaces an undated first one. */
const DATED_MENTIONS: ReadonlySet<keyof Mentions> = new Set(["executoire", "transmission", "publication"]);

/** "… DÉCIDE :" — the dispositif keyword closing its line (a cheap test, run on every line). */
/** A line that opens no part of its own (visa, considérant, article, dispositif) can carry on a cut visa. */
function continuesVisa(text: string, line: LineView): boolean {
  const f = line.f;
  return (
    !VISA.test(f) &&
    !CONSIDERANT.test(f) &&
    !ARTICLE.test(f) &&
    !isBullet(f) &&
    lastWordKeyword(f) === undefined &&
    !DISPOSITIF_START.test(text.slice(line.at, line.at + 12)) &&
    !NEW_SENTENCE.test(text.slice(line.at, line.at + 12))
  );
}

function lastWordKeyword(f: string): string | undefined {
  const end = f.endsWith(":") ? f.slice(0, -1).trimEnd() : f;
  const word = end.slice(Math.max(end.lastIndexOf(" "), end.lastIndexOf(","), -1) + 1);
  return DISPOSITIF_WORDS.has(word) ? word : undefined;
}

const REQUIRED: Readonly<Record<ActKind, readonly ActPart[]>> = {
  deliberation: [
    "commune",
    "numero",
    "objet",
    "date",
    "heure",
    "lieu",
    "president",
    "convocation",
    "enExercice",
    "presents",
    "votants",
    "listePresents",
    "secretaire",
    "visas",
    "dispositif",
    "vote",
    "signataire",
    "recours",
    "transmission",
    "publication",
  ],
  arrete: [
    "commune",
    "numero",
    "objet",
    "date",
    "visas",
    "considerants",
    "dispositif",
    "articles",
    "faitA",
    "signataire",
    "recours",
    "publication",
  ],
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function articleNumber(token: string, previous: number): number {
  if (token === "1er" || token === "premier" || token === "unique") return 1;
  return Number(token) || previous + 1;
}

function mention(part: TextPart, dates: readonly DatePart[]): Mention {
  const date = dates.find((d) => d.line === part.line);
  return date ? { ...part, iso: date.iso } : part;
}

/** Never throws: a strange input gives an act with most parts missing, which the rules then report. */
export function parseAct(input: string): ParsedAct {
  const text = typeof input === "string" ? input : "";
  const folded = foldText(text);
  const lines = splitLines(text);
  const views = lineViews(folded, lines);
  const act: Mutable<Omit<ParsedAct, "kind" | "missing" | "counts" | "mentions">> = {
    text,
    folded,
    lines,
    pouvoirs: [],
    visas: [],
    considerants: [],
    articles: [],
    dates: [],
  };
  const counts: Mutable<Counts> = {};
  const mentions: Mutable<Mentions> = {};
  const visas: TextPart[] = [];
  const considerants: TextPart[] = [];
  const articles: (TextPart & { number: number })[] = [];
  const pouvoirs: Pouvoir[] = [];
  const dates: DatePart[] = [];
  let dispositifKeyword = "";
  /** Head dates on lines that speak of the séance, in text order. */
  const seanceDates: DatePart[] = [];
  let yearless: YearlessDate | undefined;
  let pouvoirBlock = false;
  let vote: ParsedVote | undefined;
  /** Lines the last visa may still run on, when it stopped without its punctuation. */
  let visaOpen = 0;

  views.forEach((line, i) => {
    const f = line.f;
    const lastVisa = visas.at(-1);
    if (lastVisa && visaOpen > 0 && f.length > 0 && continuesVisa(text, line)) {
      const end = line.at + f.length;
      visas[visas.length - 1] = { ...lastVisa, end, text: text.slice(lastVisa.start, end) };
      visaOpen = VISA_CUT.test(f) ? visaOpen - 1 : 0;
      return;
    }
    visaOpen = 0;
    if (f.length === 0) return;
    // « Délibération n° 2024-03-12 » is a number shaped like a date, not a date.
    const lineDates = findDates(f, line.at, line.no).filter(
      (d) => !NUMBER_BEFORE.test(folded.slice(Math.max(0, d.start - 6), d.start)),
    );
    const inlineConsiderant = INLINE_CONSIDERANT.exec(f);
    if (inlineConsiderant && !CONSIDERANT.test(f))
      considerants.push(restOf(text, line, inlineConsiderant.index + inlineConsiderant[0].search(/[a-z]/)));
    if (VISA.test(f)) {
      visas.push(restOf(text, line));
      visaOpen = VISA_CUT.test(f) ? VISA_RUN_ON : 0;
      return;
    }
    const inlineVisa = INLINE_VISA.exec(f);
    if (inlineVisa) visas.push(restOf(text, line, inlineVisa.index + inlineVisa[0].indexOf("vu")));
    dates.push(...lineDates);
    if (CONSIDERANT.test(f)) return void considerants.push(restOf(text, line));
    const head = i < HEAD;
    if (head && !act.commune && COMMUNE.test(f)) act.commune = restOf(text, line, COMMUNE.exec(f)?.index ?? 0);
    if (head && !act.numero) {
      const m = NUMERO.exec(f);
      if (m?.[1])
        act.numero = partOf(text, line, line.at + m.index + m[0].lastIndexOf(m[1]), line.at + m.index + m[0].length);
    }
    if (!act.objet && /^objet\s*:/.test(f)) act.objet = restOf(text, line, f.indexOf(":") + 1);
    else if (!act.objet && visas.length === 0 && head && TITLE_OBJET.test(f))
      act.objet = restOf(text, line, TITLE_OBJET.exec(f)?.index ?? 0);
    const clue =
      !act.convocation && !yearless && f.includes("convo")
        ? convocationOfLine(line, lineDates, views[i + 1])
        : undefined;
    if (clue && "date" in clue) act.convocation = clue.date;
    else if (clue) yearless = clue.yearless;
    if (head && SEANCE.test(f))
      seanceDates.push(
        ...lineDates.filter(
          (d) =>
            d !== act.convocation &&
            !NOT_SEANCE_BEFORE.test(folded.slice(Math.max(0, d.start - 60), d.start)) &&
            (SEANCE_BODY.test(f) || !seanceDates.some((s) => s.line === d.line)),
        ),
      );
    const seanceLine = head && lineDates.length > 0 && SEANCE.test(f);
    if (!act.heure && (seanceLine || seanceDates[0]?.line === line.no - 1) && HEURE.test(f))
      act.heure = restOf(text, line);
    if (head && !act.lieu && LIEU.test(f)) act.lieu = restOf(text, line);
    if (head && !act.president && PRESIDENT.test(f)) act.president = restOf(text, line);
    if (!act.urgence && f.includes("urgence") && /convo|delai|seance|reuni/.test(f)) act.urgence = restOf(text, line);
    readCounts(line, counts);
    readCountsBelow(line, views[i + 1], counts);
    act.majorite ??= readMajority(line);
    if (!act.presentsList && PRESENTS_LIST.test(f)) act.presentsList = restOf(text, line, f.indexOf(":") + 1);
    if (!act.absentsList && ABSENTS_LIST.test(f)) act.absentsList = restOf(text, line, f.indexOf(":") + 1);
    if (pouvoirBlock && isBullet(f)) pouvoirs.push(...readPouvoirs(text, line, true));
    else if (f.includes("pouvoir") || f.includes("procuration") || f.includes("represente"))
      pouvoirs.push(...readPouvoirs(text, line));
    pouvoirBlock = POUVOIRS_HEADING.test(f) || (pouvoirBlock && isBullet(f));
    if (!act.secretaire && SECRETAIRE.test(f)) act.secretaire = restOf(text, line);
    if (!act.expose && EXPOSE.test(f)) act.expose = restOf(text, line);
    const keyword = act.dispositif
      ? undefined
      : (lastWordKeyword(f) ?? DISPOSITIF_START.exec(text.slice(line.at, line.at + 12))?.[1]);
    if (keyword) {
      act.dispositif = restOf(text, line);
      dispositifKeyword = foldText(keyword);
    }
    const article = ARTICLE.exec(f);
    if (article?.[1])
      articles.push({ ...restOf(text, line), number: articleNumber(article[1], articles.at(-1)?.number ?? 0) });
    vote ??= readVote(views, i);
    if (FAIT.test(f) && !act.faitA) act.faitA = mention(restOf(text, line), lineDates);
    for (const [key, pattern, unless] of MENTIONS) {
      const current = mentions[key];
      if (current?.iso || (current && !DATED_MENTIONS.has(key)) || !pattern.test(f) || unless?.test(f)) continue;
      const found = mention(restOf(text, line), lineDates);
      if (!current || found.iso) mentions[key] = found;
    }
  });

  const signataire = readSignataire(text, views);
  const kind = detectKind(views, dispositifKeyword, counts, vote, folded);
  const guessed = dates.find(
    (d) =>
      d.line <= HEAD &&
      d.line !== act.convocation?.line &&
      !NOT_SEANCE_BEFORE.test(folded.slice(Math.max(0, d.start - 60), d.start)) &&
      !EFFECT_BEFORE.test(folded.slice(Math.max(0, d.start - 16), d.start)),
  );
  const firstDate = guessed ? { ...guessed, how: "inferred" as const } : undefined;
  const body = seanceDates.find((d) => SEANCE_BODY.test(views[d.line - 1]?.f ?? ""));
  const headDate = body ?? seanceDates[0];
  const date =
    kind === "arrete" ? (act.faitA?.iso ? dateOn(act.faitA, dates) : (headDate ?? firstDate)) : (headDate ?? firstDate);
  const titleDate = date ? seanceDates.find((d) => d.iso !== date.iso && d.line < date.line) : undefined;
  if (!act.convocation && yearless && date) {
    const resolved = withYear(yearless, date.iso);
    if (resolved) act.convocation = resolved;
  }
  const parsed: ParsedAct = {
    ...act,
    kind,
    counts,
    mentions,
    visas,
    considerants,
    articles,
    pouvoirs,
    dates,
    ...(date ? { date } : {}),
    ...(titleDate ? { titleDate } : {}),
    ...(vote ? { vote } : {}),
    ...(signataire ? { signataire } : {}),
    missing: [],
  };
  return { ...parsed, missing: REQUIRED[kind].filter((part) => !present(parsed, part)) };
}

function convocationOfLine(line: LineView, lineDates: readonly DatePart[], next: LineView | undefined) {
  return convocationOn(line, lineDates, next ? { line: next, dates: findDates(next.f, next.at, next.no) } : undefined);
}

function dateOn(part: Mention, dates: readonly DatePart[]): DatePart | undefined {
  return dates.find((d) => d.line === part.line && d.iso === part.iso);
}

function detectKind(
  views: readonly LineView[],
  keyword: string,
  counts: Counts,
  vote: ParsedVote | undefined,
  folded: string,
): ActKind {
  const title = views.slice(0, 15).filter((v) => !VISA.test(v.f));
  let arrete = keyword === "arrete" ? 2 : 0;
  let deliberation = keyword && keyword !== "arrete" ? 1 : 0;
  // « Extrait du registre des arrêtés du maire » names an arrêté too.
  if (title.some((v) => /\barretes?\b/.test(v.f))) arrete += 1;
  // « Nous, Maire de la commune de … » opens an arrêté, whatever its title says it follows.
  if (views.slice(0, 30).some((v) => /^nous,? (?:soussigne,? )?(?:le )?maire\b/.test(v.f))) arrete += 2;
  if (title.some((v) => /\bdeliberation|conseil municipal\b/.test(v.f))) deliberation += 1;
  if (counts.enExercice || vote) deliberation += 2;
  if (/apres en avoir delibere|apres deliberation/.test(folded)) deliberation += 1;
  return arrete > deliberation ? "arrete" : "deliberation";
}

function present(act: ParsedAct, part: ActPart): boolean {
  switch (part) {
    case "enExercice":
    case "presents":
    case "votants":
      return act.counts[part] !== undefined;
    case "listePresents":
      return act.presentsList !== undefined;
    case "visas":
    case "considerants":
    case "articles":
      return act[part].length > 0;
    case "recours":
    case "transmission":
    case "publication":
      return act.mentions[part] !== undefined;
    default:
      return act[part] !== undefined;
  }
}
