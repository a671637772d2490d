import { z } from "zod";

/** The column types the suite uses, named after Graph's columnDefinition facets (`note` is multi-line text). */
export type ColumnKind = "text" | "note" | "number" | "boolean" | "dateTime" | "choice" | "lookup";

export interface Column<T, Req extends boolean = boolean> {
  /** SharePoint internal name. A lookup is read and written as `${name}LookupId`, like Graph does. */
  readonly name: string;
  /** French display name, shown in SharePoint and in problem messages. */
  readonly label: string;
  readonly kind: ColumnKind;
  readonly required: Req;
  /** Indexed columns are the only ones the client filters on server side (Graph refuses the others). */
  readonly indexed: boolean;
  /** SharePoint's enforceUniqueValues: how a retried create is detected (see outbox). */
  readonly unique: boolean;
  readonly choices?: readonly string[];
  /** Key of the list a lookup points to. */
  readonly target?: string;
  readonly value: z.ZodType<T>;
}

export interface ColumnOptions<Req extends boolean> {
  readonly required?: Req;
  readonly indexed?: boolean;
  readonly unique?: boolean;
}

function column<T, Req extends boolean>(
  kind: ColumnKind,
  name: string,
  label: string,
  value: z.ZodType<T>,
  options: ColumnOptions<Req>,
  extra: Pick<Column<T>, "choices" | "target"> = {},
): Column<T, Req> {
  return {
    kind,
    name,
    label,
    value,
    required: (options.required ?? false) as Req,
    indexed: options.indexed ?? options.unique ?? false,
    unique: options.unique ?? false,
    ...extra,
  };
}

/** Single-line text: SharePoint caps it at 255 characters. */
export const TEXT_MAX_LENGTH = 255;

// Graph sends dates as ISO strings ("2025-03-14T18:00:00Z"); date-only columns come back at midnight UTC.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

export const text = <const Req extends boolean = false>(
  name: string,
  label: string,
  options: ColumnOptions<Req> = {},
) => column("text", name, label, z.string(), options);

export const note = <const Req extends boolean = false>(
  name: string,
  label: string,
  options: ColumnOptions<Req> = {},
) => column("note", name, label, z.string(), options);

export const number = <const Req extends boolean = false>(
  name: string,
  label: string,
  options: ColumnOptions<Req> = {},
) => column("number", name, label, z.number(), options);

export const boolean = <const Req extends boolean = false>(
  name: string,
  label: string,
  options: ColumnOptions<Req> = {},
) => column("boolean", name, label, z.boolean(), options);

export const dateTime = <const Req extends boolean = false>(
  name: string,
  label: string,
  options: ColumnOptions<Req> = {},
) => column("dateTime", name, label, z.string().regex(ISO_DATE), options);

export const choice = <const C extends readonly [string, ...string[]], const Req extends boolean = false>(
  name: string,
  label: string,
  choices: C,
  options: ColumnOptions<Req> = {},
) =>
  column<C[number], Req>("choice", name, label, z.enum(choices), options, {
    choices,
  });

/** Graph returns lookup ids as strings; a number is accepted because hand-made flows often write one. */
export const lookup = <const Req extends boolean = false>(
  name: string,
  label: string,
  target: string,
  options: ColumnOptions<Req> = {},
) =>
  column(
    "lookup",
    name,
    label,
    z.union([z.string().regex(/^\d+$/), z.number().int().nonnegative()]).transform(String),
    options,
    { target },
  );

/** The key of a column inside Graph's `fields` object. */
export function fieldName(col: Pick<Column<unknown>, "kind" | "name">): string {
  return col.kind === "lookup" ? `${col.name}LookupId` : col.name;
}
