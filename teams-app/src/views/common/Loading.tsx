import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { fr } from "@shared/ui/i18n/fr";
import type { Loaded } from "./refresh";

/** A spinner while loading, a French error when the list could not be read, the content otherwise. */
export function Loading<T>({ loaded, children }: { loaded: Loaded<T>; children: (value: T) => ReactNode }) {
  if (loaded.state === "loading") return <Spinner size="small" label={fr.loading} />;
  if (loaded.state === "error") {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{`Les données n'ont pas pu être lues : ${loaded.message}`}</MessageBarBody>
      </MessageBar>
    );
  }
  return <>{children(loaded.value)}</>;
}
