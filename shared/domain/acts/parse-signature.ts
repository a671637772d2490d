import type { LineView } from "./line-view";
import { partOf } from "./line-view";
import type { Signataire } from "./model";

const QUALITE =
  /^(?:pour le maire(?: empeche)?|par delegation|(?:le |la )?maire(?:[- ]adjointe?)?|l'adjointe?|(?:le |la )?(?:premiere?|\d+(?:e|er|eme|ere)) adjointe?|(?:le |la )?conseillere? (?:municipale? )?delegue?e?|(?:le |la )?secretaire generale?|(?:le |la )?directeur general des services)\b/;
const SENTENCE =
  /\b(?:est|sont|certifie|expose|rappelle|propose|informe|charge|chargee?s?|donne|presente|arrete|decide|soussigne|convoque|peut|doit|a|ont)\b/;
/** A prénom followed by a nom: "Jean DUPONT", "Marie-Claire Martin", "M. Paul LEROY". */
const NAME = /[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)? [A-ZÀ-Ý][A-Za-zÀ-ÿ'-]+/;

function nameIn(text: string): string | undefined {
  return NAME.exec(text)?.[0];
}

/**
 * The signature block: the last short line naming a qualité ("Le Maire,", "Pour le Maire et par délégation,
 * l'Adjoint"), with the name on the same line or on one of the next three lines.
 */
export function readSignataire(text: string, lines: readonly LineView[]): Signataire | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] as LineView;
    if (line.f.length > 90 || !QUALITE.test(line.f) || SENTENCE.test(line.f)) continue;
    const own = partOf(text, line, line.at, line.at + line.f.length);
    const qualite = own.text.replace(/[,.]\s*$/, "");
    const after = own.text.slice((QUALITE.exec(line.f)?.[0] ?? "").length);
    const inline = nameIn(after);
    if (inline) return { ...own, qualite, name: inline };
    for (let k = i + 1; k < Math.min(lines.length, i + 4); k++) {
      const next = lines[k] as LineView;
      if (next.f.length === 0 || next.f.length > 60) continue;
      const candidate = partOf(text, next, next.at, next.at + next.f.length);
      const name = nameIn(candidate.text);
      if (name)
        return {
          line: own.line,
          start: own.start,
          end: candidate.end,
          text: text.slice(own.start, candidate.end),
          qualite,
          name,
        };
    }
    return { ...own, qualite };
  }
  return undefined;
}
