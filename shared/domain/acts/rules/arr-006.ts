import { formatDateFr } from "../../common";
import type { DatePart, ParsedAct } from "../model";
import { topicOf } from "../classify";
import { at, defineActRule, find } from "../rule-support/support";

const EVERYWHERE =
  /(?:l'ensemble|la totalite) du territoire|tout le territoire|toutes les voies (?:publiques )?de la commune/;
/** « du 15 au 24 janvier inclus », « du 1er au 3 mars 2025 » : a range whose first date borrows the second's month. */
const RANGE = /\bdu (?:\d{1,2}|1er|premier)(?: [a-z]+)? au (?:\d{1,2}|1er)\b/;
/** An end bound to an event rather than a date. */
const EVENT_END =
  /jusqu'(?:a|au) (?:la fin|l'achevement|l'issue|l'enlevement|la levee|la reouverture|l'expiration)|pendant (?:toute )?la duree|pour (?:toute )?la duree|le temps (?:des|de la|du)|(?:de|des|du) \d{1,2} ?h(?:\d{2})? a \d{1,2} ?h/;
const ALWAYS = /en permanence|a toute heure|de jour comme de nuit|toute l'annee|sans limitation de duree|24 ?h ?\/ ?24/;

/** Periods "du D1 au D2" written in the articles. */
function periods(act: ParsedAct): [DatePart, DatePart][] {
  const articleLines = new Set(act.articles.map((a) => a.line));
  const found: [DatePart, DatePart][] = [];
  act.dates.forEach((d, i) => {
    const next = act.dates[i + 1];
    if (!next || next.line !== d.line || !articleLines.has(d.line)) return;
    // « du 15 avril à 8 heures au 26 avril » : a period's two ends are a few words apart, not a quoted arrêté away.
    const between = act.folded.slice(d.end, next.start);
    if (between.length <= 40 && /\bau\b|jusqu/.test(between)) found.push([d, next]);
  });
  return found;
}

export default defineActRule({
  meta: {
    id: "ARR-006",
    severity: "error",
    title: "Proportionnalité des mesures de police",
    ref: "CGCT L2212-2",
    verification: "D",
    messages: {
      absolute:
        "Interdiction générale et absolue (tout le territoire, en permanence) : une mesure de police doit être limitée dans le temps et l'espace.",
      end: "Mesure temporaire sans date de fin : préciser le début et la fin (dates et heures).",
      inverted: "La période va du {from} au {to} : la fin précède le début.",
    },
  },
  check({ act, matters }, { report }) {
    if (act.kind !== "arrete" || !(matters.has("police") || matters.has("circulation"))) return;
    const everywhere = find(act, EVERYWHERE);
    if (everywhere && ALWAYS.test(act.folded)) report({ messageId: "absolute", at: at(everywhere) });
    const found = periods(act);
    for (const [from, to] of found) {
      if (to.iso < from.iso)
        report({
          messageId: "inverted",
          data: { from: formatDateFr(from.iso), to: formatDateFr(to.iso) },
          at: at(from),
        });
    }
    if (
      /temporaire/.test(topicOf(act)) &&
      found.length === 0 &&
      !/jusqu'au/.test(act.folded) &&
      !RANGE.test(act.folded) &&
      !EVENT_END.test(act.folded)
    ) {
      report({ messageId: "end", severity: "warning", at: at(act.articles[0]) });
    }
  },
});
