import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { StoreContext } from "./context";
import { fail, notFound, ok } from "./http";
import type { StoreRequest, StoreResponse } from "./http";
import type { StoredEvent } from "./model";
import { page } from "./paging";

/** Graph's dateTimeTimeZone carries a wall-clock time without offset; the zone says where it is read. */
const WALL_CLOCK = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?$/;

function knownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const dateTimeTimeZone = z.strictObject({
  dateTime: z.string().regex(WALL_CLOCK, "expected a date and time without offset"),
  timeZone: z.string().refine(knownTimeZone, "unknown time zone"),
});

const attendee = z.strictObject({
  emailAddress: z.strictObject({ address: z.email(), name: z.string().optional() }),
  type: z.enum(["required", "optional", "resource"]),
});

const properties = {
  subject: z.string().max(255),
  body: z.strictObject({ contentType: z.enum(["text", "html"]), content: z.string() }),
  start: dateTimeTimeZone,
  end: dateTimeTimeZone,
  location: z.strictObject({ displayName: z.string() }),
  attendees: z.array(attendee).max(500),
  isOnlineMeeting: z.boolean(),
};

// Unknown properties are refused, as Graph does: a misspelt one would otherwise be silently lost.
const created = z
  .strictObject({ ...properties, transactionId: z.string().min(1).max(255) })
  .partial()
  .required({ start: true, end: true });
const patched = z.strictObject(properties).partial();

type EventProperties = Partial<z.infer<typeof patched>>;

const DEFAULTS: EventProperties = {
  subject: "",
  body: { contentType: "html", content: "" },
  attendees: [],
  isOnlineMeeting: false,
};

function invalid(error: z.ZodError): StoreResponse {
  const details = error.issues.map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`);
  return fail(400, "RequestBodyRead", `Invalid event: ${details.join("; ")}.`);
}

/** Exchange compares the instants, not the strings: the end may be in another zone than the start. */
function instant(value: unknown): number {
  const { dateTime, timeZone } = value as z.infer<typeof dateTimeTimeZone>;
  const asUtc = Date.parse(`${dateTime}Z`);
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(asUtc));
  const field = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
  const shown = Date.parse(
    `${field("year")}-${field("month")}-${field("day")}T${field("hour")}:${field("minute")}:${field("second")}Z`,
  );
  return asUtc - (shown - asUtc);
}

const endsBeforeStart = (props: Readonly<Record<string, unknown>>): boolean =>
  instant(props.end) < instant(props.start);
const endBeforeStart = (): StoreResponse =>
  fail(400, "ErrorInvalidRequest", "The end of the event is before its start.");

function eventJson(event: StoredEvent): Record<string, unknown> {
  return {
    "@odata.etag": `W/"${event.version}"`,
    id: event.id,
    createdDateTime: event.created,
    lastModifiedDateTime: event.modified,
    changeKey: String(event.version),
    ...(event.transactionId ? { transactionId: event.transactionId } : {}),
    ...event.properties,
  };
}

/** /me is the caller: each membre has a calendar of their own, the site's owner too. */
const ownerOf = (req: StoreRequest): string => (req.caller.kind === "admin" ? "admin" : req.caller.email);

const eventsOf = (ctx: StoreContext, owner: string): StoredEvent[] =>
  [...ctx.state.events.values()].filter((event) => event.owner === owner);

/** A POST retried with the same transactionId answers the event already created instead of a second one. */
function createEvent(ctx: StoreContext, req: StoreRequest): StoreResponse {
  const parsed = created.safeParse(req.body ?? {});
  if (!parsed.success) return invalid(parsed.error);
  const { transactionId, ...input } = parsed.data;
  const owner = ownerOf(req);
  const existing =
    transactionId === undefined
      ? undefined
      : eventsOf(ctx, owner).find((event) => event.transactionId === transactionId);
  if (existing) return ok(eventJson(existing), 201);
  const props = { ...DEFAULTS, ...input };
  if (endsBeforeStart(props)) return endBeforeStart();
  const now = new Date().toISOString();
  const event: StoredEvent = {
    id: randomUUID(),
    owner,
    position: ctx.state.events.size + 1,
    version: 1,
    created: now,
    modified: now,
    ...(transactionId ? { transactionId } : {}),
    properties: props,
  };
  ctx.commit([{ t: "event", event }]);
  return ok(eventJson(event), 201);
}

function updateEvent(ctx: StoreContext, current: StoredEvent, req: StoreRequest): StoreResponse {
  const parsed = patched.safeParse(req.body ?? {});
  if (!parsed.success) return invalid(parsed.error);
  const props = { ...current.properties, ...parsed.data };
  if (endsBeforeStart(props)) return endBeforeStart();
  const event: StoredEvent = {
    ...current,
    version: current.version + 1,
    modified: new Date().toISOString(),
    properties: props,
  };
  ctx.commit([{ t: "event", event }]);
  return ok(eventJson(event));
}

const EVENTS = /^\/v1\.0\/me\/events(?:\/([^/]+))?$/;

/** /me/events of the caller: list, create, read and update, persisted in the journal like list items. */
export function calendarRoute(ctx: StoreContext, req: StoreRequest, origin: string): StoreResponse {
  const match = EVENTS.exec(req.url.pathname);
  if (!match) return fail(400, "BadRequest", `Resource not found for the segment '${req.url.pathname}'.`);
  const id = match[1] === undefined ? undefined : decodeURIComponent(match[1]);
  const methodNotAllowed = fail(405, "methodNotAllowed", "The HTTP method is not allowed on this resource.");
  if (id === undefined) {
    if (req.method === "POST") return createEvent(ctx, req);
    if (req.method !== "GET") return methodNotAllowed;
    const { value, nextLink } = page(eventsOf(ctx, ownerOf(req)), (event) => event.position, req.url, origin);
    return ok({ value: value.map(eventJson), ...(nextLink ? { "@odata.nextLink": nextLink } : {}) });
  }
  const event = ctx.state.events.get(id);
  // Another user's event is not found, as in Graph, rather than forbidden: its id says nothing.
  if (!event || event.owner !== ownerOf(req)) return notFound("Event");
  if (req.method === "GET") return ok(eventJson(event));
  return req.method === "PATCH" ? updateEvent(ctx, event, req) : methodNotAllowed;
}
