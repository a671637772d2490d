import { z } from "zod";
import { fieldName } from "./columns";
import type { Column } from "./columns";
import { columnEntries } from "./define-list";
import type { ListDefinition, RecordOf } from "./define-list";

/** Something wrong in a list's data, said in French; a page shows it beside the items that did parse. */
export interface DataProblem {
  readonly list: string;
  readonly itemId?: string;
  readonly field?: string;
  readonly message: string;
}

export interface ParseResult<R> {
  readonly records: R[];
  readonly problems: DataProblem[];
}

const EXPECTED: Readonly<Record<Column<unknown>["kind"], string>> = {
  text: "un texte",
  note: "un texte",
  number: "un nombre",
  boolean: "oui ou non",
  dateTime: "une date",
  choice: "l'une des valeurs prévues",
  lookup: "l'identifiant d'un élément",
};

const MAX_IDENTITY = 320;
const authorShape = z.object({
  user: z.object({
    id: z.string().max(MAX_IDENTITY).optional(),
    email: z.string().max(MAX_IDENTITY).optional(),
    displayName: z.string().max(MAX_IDENTITY).optional(),
  }),
});

const itemShape = z.object({
  id: z.string(),
  createdBy: z.unknown().optional(),
  createdDateTime: z.string().max(40).optional(),
  eTag: z.string().optional(),
  "@odata.etag": z.string().optional(),
  fields: z.record(z.string(), z.unknown()),
});

function describe(value: unknown): string {
  if (typeof value === "string") return `« ${value.length > 40 ? `${value.slice(0, 40)}…` : value} »`;
  if (value === null || typeof value !== "object") return String(value);
  return Array.isArray(value) ? "une liste" : "un objet";
}

function fieldProblem(
  list: ListDefinition,
  itemId: string,
  col: Column<unknown>,
  value: unknown,
): DataProblem | undefined {
  if (value === undefined || value === null || value === "") {
    if (!col.required) return undefined;
    return {
      list: list.key,
      itemId,
      field: col.name,
      message: `${list.displayName}, élément ${itemId} : « ${col.label} » est obligatoire mais vide.`,
    };
  }
  if (col.value.safeParse(value).success) return undefined;
  const expected = col.kind === "choice" ? `l'une des valeurs ${(col.choices ?? []).join(", ")}` : EXPECTED[col.kind];
  return {
    list: list.key,
    itemId,
    field: col.name,
    message: `${list.displayName}, élément ${itemId} : « ${col.label} » devrait être ${expected} (reçu : ${describe(value)}).`,
  };
}

/** Validates one raw Graph listItem; bad data becomes problems, never an exception. */
export function parseItem<L extends ListDefinition>(
  list: L,
  raw: unknown,
): { record?: RecordOf<L>; problems: DataProblem[] } {
  const shape = itemShape.safeParse(raw);
  if (!shape.success) {
    return {
      problems: [
        { list: list.key, message: `${list.displayName} : un élément reçu n'a pas la forme d'un élément de liste.` },
      ],
    };
  }
  const { id, fields } = shape.data;
  const eTag =
    shape.data.eTag ??
    shape.data["@odata.etag"] ??
    (typeof fields["@odata.etag"] === "string" ? fields["@odata.etag"] : "");
  const problems: DataProblem[] = [];
  const record: Record<string, unknown> = { id, eTag };
  // Who created the item: kept only in Graph's shape, a malformed one is simply unknown (nothing is granted on it).
  const author = authorShape.safeParse(shape.data.createdBy);
  if (author.success) {
    const { id: oid, email, displayName } = author.data.user;
    record.createdBy = {
      ...(oid ? { id: oid } : {}),
      ...(email ? { email } : {}),
      ...(displayName ? { displayName } : {}),
    };
  }
  if (shape.data.createdDateTime) record.createdDateTime = shape.data.createdDateTime;
  for (const [key, col] of columnEntries(list)) {
    const value = fields[fieldName(col)];
    const problem = fieldProblem(list, id, col, value);
    if (problem) problems.push(problem);
    else if (value !== undefined && value !== null && value !== "") record[key] = col.value.parse(value);
  }
  return problems.length > 0 ? { problems } : { record: record as RecordOf<L>, problems };
}

export function parseItems<L extends ListDefinition>(list: L, raws: readonly unknown[]): ParseResult<RecordOf<L>> {
  const records: RecordOf<L>[] = [];
  const problems: DataProblem[] = [];
  for (const raw of raws) {
    const result = parseItem(list, raw);
    if (result.record) records.push(result.record);
    problems.push(...result.problems);
  }
  return { records, problems };
}
