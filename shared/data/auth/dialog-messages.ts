import { z } from "zod";

/**
 * What the sign-in dialog page (signin.html, opened by Office's dialog API where nested app authentication is not
 * supported) sends back to the task pane with `messageParent`: a token, or why there is none. Checked at the
 * boundary like any other input, and bounded.
 */
const MAX_TOKEN = 16_384;
export const dialogMessageSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("token"),
    accessToken: z.string().min(1).max(MAX_TOKEN),
    /** Epoch milliseconds. */
    expiresOn: z.number().int().positive(),
    oid: z.string().max(64).optional(),
    username: z.string().max(320).optional(),
  }),
  z.object({ type: z.literal("error"), message: z.string().max(500) }),
]);

export type DialogMessage = z.infer<typeof dialogMessageSchema>;

/** A message as the pane receives it: parsed and checked, or undefined when it is not one of ours. */
export function readDialogMessage(text: string | undefined): DialogMessage | undefined {
  if (text === undefined || text.length > MAX_TOKEN + 1024) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const result = dialogMessageSchema.safeParse(parsed);
  return result.success ? result.data : undefined;
}

/** Sign-in did not happen (closed, blocked, refused): its French message says why, for the page to show as is. */
export class SignInError extends Error {
  override readonly name = "SignInError";
}
