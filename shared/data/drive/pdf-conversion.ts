import { hasPdfSignature } from "@shared/domain/transmission/envelope";
import type { GraphConnection } from "../graph/create-graph-client";
import { DataError, errorFromResponse } from "../graph/errors";
import { getBytes } from "./drive-transport";
import { drivePath } from "./graph-documents";

/**
 * The act's PDF for the @CTES dossier. On a tenant, SharePoint converts the library's .docx (Graph's
 * `GET /drives/{drive}/items/{item}/content?format=pdf`); in Word the pane exports it; the preview and the embedded
 * store convert nothing, and say so.
 */
export interface PdfConversionPort {
  toPdf(itemId: string): Promise<Uint8Array>;
}

export class PdfConversionUnavailableError extends DataError {
  override readonly name = "PdfConversionUnavailableError";
  constructor() {
    super(
      "La conversion en PDF demande Word ou SharePoint : ouvrez l'acte dans Word (Fichier › Exporter › PDF) et joignez le PDF au dossier, ou préparez le dossier depuis le site SharePoint de la commune.",
      501,
      "notSupported",
    );
  }
}

/** Graph's conversion of a library file: one request (the SDK follows the redirect to the converted file). */
export class GraphPdfConversion implements PdfConversionPort {
  private readonly drive: string;

  constructor(
    private readonly connection: GraphConnection,
    siteId: string,
  ) {
    this.drive = drivePath(siteId);
  }

  async toPdf(itemId: string): Promise<Uint8Array> {
    const got = await getBytes(this.connection, `${this.drive}/items/${encodeURIComponent(itemId)}/content?format=pdf`);
    // 406 is Graph's answer for a file it cannot convert; 501 the embedded store's, which converts nothing.
    if (got.status === 501 || got.status === 406) throw new PdfConversionUnavailableError();
    if (!got.bytes) {
      const answer = got.answer ?? { status: got.status, headers: {}, body: undefined };
      throw errorFromResponse(answer.status, answer.body, answer.headers);
    }
    if (!hasPdfSignature(got.bytes))
      throw new DataError(
        "La conversion n'a pas rendu un PDF : réessayez, ou exportez l'acte en PDF depuis Word.",
        502,
        "invalidData",
      );
    return got.bytes;
  }
}

/** The preview's converter: nothing to convert with. */
export const unavailablePdfConversion: PdfConversionPort = {
  toPdf: () => Promise.reject(new PdfConversionUnavailableError()),
};
