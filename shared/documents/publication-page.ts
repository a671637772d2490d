import { formatDateFr } from "@shared/domain/common/iso-date";
import type { ActRecord } from "@shared/domain/transmission";
import { executoireMention, keepUntil } from "@shared/domain/transmission";

/**
 * The publication page of one act (publication électronique, L2131-1): what the act is, the date it was put online,
 * the link to its PDF (the non-modifiable format the law asks for) and, once known, the mention that it is
 * exécutoire. Every value is escaped; the page runs no script and loads nothing (its CSP says so).
 */
export interface PublicationPageInput {
  readonly commune: string;
  readonly record: ActRecord;
  /** Where the act's PDF is served: an https address, or a path relative to the page. */
  readonly pdfHref: string;
  /** The date of online posting (the record's publieLe when set). */
  readonly misEnLigneLe: string;
}

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** An https address or a plain relative path; anything else (javascript:, data:, //host) is refused. */
export function safeHref(href: string): string | undefined {
  const trimmed = href.trim();
  if (/^https:\/\/[^\s"'<>]+$/i.test(trimmed)) return trimmed;
  if (/^(?![a-z][a-z0-9+.-]*:)(?!\/\/)[^\s"'<>\\]+$/i.test(trimmed)) return trimmed;
  return undefined;
}

const TYPE_LABELS: Readonly<Record<ActRecord["type"], string>> = { deliberation: "Délibération", arrete: "Arrêté" };

export function publicationPage({ commune, record, pdfHref, misEnLigneLe }: PublicationPageInput): string {
  const title = `${TYPE_LABELS[record.type]}${record.numero ? ` n° ${record.numero}` : ""}${record.date ? ` du ${formatDateFr(record.date)}` : ""}`;
  const href = safeHref(pdfHref);
  const mention = executoireMention(record);
  const lines = [
    "<!doctype html>",
    '<html lang="fr">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${title} — ${commune}`)}</title>`,
    "<style>body{font-family:sans-serif;max-width:40em;margin:2em auto;padding:0 1em;line-height:1.5}</style>",
    "</head>",
    "<body>",
    `<p>${escapeHtml(commune)}</p>`,
    `<h1>${escapeHtml(title)}</h1>`,
    `<p><strong>Objet :</strong> ${escapeHtml(record.objet ?? "")}</p>`,
    `<p>Mis en ligne le ${escapeHtml(formatDateFr(misEnLigneLe))}, en ligne au moins jusqu'au ${escapeHtml(formatDateFr(keepUntil(misEnLigneLe)))}.</p>`,
    href
      ? `<p><a href="${escapeHtml(href)}">Lire l'acte (PDF)</a></p>`
      : "<p>Le PDF de l'acte est consultable en mairie.</p>",
    ...(mention ? [`<p>${escapeHtml(mention)}.</p>`] : []),
    "<p>Publication électronique (article L2131-1 du code général des collectivités territoriales).</p>",
    "</body>",
    "</html>",
    "",
  ];
  return lines.join("\n");
}
