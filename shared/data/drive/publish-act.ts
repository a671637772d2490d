import { publicationPage } from "@shared/documents/publication-page";
import type { ActRecord } from "@shared/domain/transmission/model";
import type { DocumentFile, LibraryFiles } from "./documents-port";

/** One folder per commune: a site serving two communes (the embedded store) keeps each commune's pages apart. */
export const publicationFolder = (communeId: string): string => `Commune ${communeId}`;

/** Stable per act: publishing again (after a failed record save) replaces the page instead of adding a second one. */
export const publicationFileName = (acteId: string): string => `acte-${acteId.replace(/[^\w-]/g, "_")}.html`;

export interface PublishActInput {
  readonly communeId: string;
  readonly communeName: string;
  readonly acteId: string;
  readonly record: ActRecord;
  /** The act's file (its PDF, or the library's link to it): the page links to it when it is an https address. */
  readonly actHref: string | undefined;
  /** The day the page goes online (Paris calendar). */
  readonly today: string;
}

/**
 * Puts an act's publication page online in the commune's « Publications » library: one upload, the page dated today.
 * The caller records the date and the page's address on the act (publieLe, pagePublication).
 */
export function publishActPage(library: LibraryFiles, input: PublishActInput): Promise<DocumentFile> {
  const page = publicationPage({
    commune: input.communeName,
    record: { ...input.record, publieLe: input.today },
    pdfHref: input.actHref ?? "",
    misEnLigneLe: input.today,
  });
  return library.uploadTo(
    [publicationFolder(input.communeId)],
    publicationFileName(input.acteId),
    new TextEncoder().encode(page),
    { conflict: "replace" },
  );
}
