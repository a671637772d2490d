import { LOCAL_DISK_MESSAGE_START } from "../local-site";
import { retryAfterMs } from "./backoff";

/** Errors of the data layer, in French for the person at the screen. None of them ever carries a token or a header. */
export class DataError extends Error {
  override readonly name: string = "DataError";
  constructor(
    message: string,
    /** HTTP status, 0 when the network failed before any answer. */
    readonly status: number,
    /** Graph's error code when it gave one. */
    readonly code?: string,
    /** How long the server asked to wait (Retry-After), when it said so and the answer let us read it. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }

  /** Worth retrying later: the network, throttling and server failures, not a refusal. */
  get transient(): boolean {
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

export class NotFoundError extends DataError {
  override readonly name = "NotFoundError";
}

/** 410 on a delta link: start again from `location` (the Location header) when the server gave one. */
export class GoneError extends DataError {
  override readonly name = "GoneError";
  constructor(
    message: string,
    readonly location: string | undefined,
  ) {
    super(message, 410, "resyncRequired");
  }
}

/**
 * Someone else changed the item since it was read (Graph answered 412 to our If-Match). `current` is the server's
 * version (absent if it was deleted meanwhile), so the page can show both and let the user choose.
 */
export class ConcurrentEditError<R = unknown> extends DataError {
  override readonly name = "ConcurrentEditError";
  constructor(readonly current: R | undefined) {
    super(
      current === undefined
        ? "Cet élément a été supprimé par quelqu'un d'autre pendant que vous le modifiiez. Votre saisie est conservée."
        : "Cet élément a été modifié par quelqu'un d'autre depuis que vous l'avez ouvert. Votre saisie est conservée : comparez les deux versions avant d'enregistrer.",
      412,
      "preconditionFailed",
    );
  }
}

function graphError(body: unknown): { code?: string; message?: string } {
  if (typeof body !== "object" || body === null || !("error" in body)) return {};
  const error = body.error;
  if (typeof error !== "object" || error === null) return {};
  const { code, message } = error as { code?: unknown; message?: unknown };
  return { ...(typeof code === "string" ? { code } : {}), ...(typeof message === "string" ? { message } : {}) };
}

function describeStatus(status: number, detail: string): string {
  if (status === 0) return "Le serveur ne répond pas (réseau coupé ?). L'enregistrement sera réessayé.";
  if (status === 401) return "Votre session a expiré : reconnectez-vous.";
  if (status === 403) return "Vous n'avez pas le droit de faire cette opération sur ce site SharePoint.";
  if (status === 404) return "Élément introuvable : il a peut-être été supprimé.";
  if (status === 409) return `Conflit : un élément identique existe déjà${detail}.`;
  if (status === 507)
    return "L'espace de stockage du site SharePoint est plein : la modification n'a pas été enregistrée. Libérez de l'espace ou demandez à l'administrateur du site d'augmenter son quota, puis réessayez.";
  if (status === 429 || status === 503 || status === 504)
    return "Le service est momentanément saturé. L'enregistrement sera réessayé.";
  if (status >= 500) return `Le service a rencontré une erreur (${status}). L'enregistrement sera réessayé.`;
  return `La demande a été refusée (${status})${detail}.`;
}

/**
 * SharePoint's answers when the site lacks what the suite's schema declares: a column unknown to the list, or a
 * filter on a column that is not indexed. Provisioning fixes both; the person at the screen is told so.
 */
const MISSING_COLUMN = /Field '([^']+)' is not recognized/i;
const NOT_INDEXED = /Field '([^']+)' cannot be referenced in filter or orderby as it is not indexed/i;
/** SPDuplicateValuesFoundException's text, whatever status carries it (500 over REST, 400 through Graph). */
export const DUPLICATE_VALUES = /duplicate values were found/i;

function schemaGap(message: string | undefined): { text: string; code: string } | undefined {
  const missing = message ? MISSING_COLUMN.exec(message) : null;
  if (missing)
    return {
      text: `La colonne « ${missing[1] ?? ""} » manque sur le site SharePoint : exécutez \`mairie provision\`.`,
      code: "missingColumn",
    };
  const unindexed = message ? NOT_INDEXED.exec(message) : null;
  if (unindexed)
    return {
      text: `La colonne « ${unindexed[1] ?? ""} » n'est pas indexée sur le site SharePoint : exécutez \`mairie provision\`.`,
      code: "columnNotIndexed",
    };
  return undefined;
}

/**
 * The embedded store says in French why its disk refused a write, and what to do: that is shown as it is. Any other
 * 507 or 503 (SharePoint's, in English) is described by the suite.
 */
const ownDiskMessage = (status: number, message: string | undefined): string | undefined =>
  (status === 507 || status === 503) && message?.startsWith(LOCAL_DISK_MESSAGE_START) ? message : undefined;

/** The DataError for a failed answer; the server's own message is kept as detail, as text. */
export function errorFromResponse(
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
  now: number = Date.now(),
): DataError {
  const { code, message } = graphError(body);
  const gap = status === 400 ? schemaGap(message) : undefined;
  if (gap) return new DataError(gap.text, status, gap.code);
  if (status === 410)
    return new GoneError(
      "Les modifications depuis la dernière lecture ne sont plus disponibles : la liste est relue en entier.",
      headers["location"] ?? headers["Location"],
    );
  const detail = message ? ` : ${message.replace(/[.\s]+$/, "")}` : "";
  const text = ownDiskMessage(status, message) ?? describeStatus(status, detail);
  const retryAfter = retryAfterMs(headers["retry-after"] ?? headers["Retry-After"], now);
  return status === 404 ? new NotFoundError(text, status, code) : new DataError(text, status, code, retryAfter);
}

export const networkError = (): DataError => errorFromResponse(0, undefined);
