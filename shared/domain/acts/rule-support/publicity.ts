import type { Mention, ParsedAct } from "../model";

/** How the act says it was made public: online, on the notice board, on paper. */
export function publicityModes(act: ParsedAct): {
  electronique: boolean;
  affichage: boolean;
  papier: boolean;
  mention?: Mention;
} {
  const mention = act.mentions.publication;
  if (!mention) return { electronique: false, affichage: false, papier: false };
  const lines = act.lines.slice(Math.max(0, mention.line - 1), mention.line + 1);
  const block = lines.map((l) => act.folded.slice(l.start, Math.min(l.end, l.start + 600))).join("\n");
  return {
    electronique: /site|en ligne|electroniqu|internet/.test(block),
    affichage: /affich/.test(block),
    papier: /papier/.test(block),
    mention,
  };
}
