import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { fr } from "@shared/ui/i18n/fr";
import type { AsyncState } from "@shared/ui/hooks/async-state";

/** A spinner while loading, a French error when the list could not be read, the content otherwise. */
export function Loading<T>({ loaded, children }: { loaded: AsyncState<T>; children: (value: T) => ReactNode }) {
  if (loaded.status === "idle" || loaded.status === "busy") return <Spinner size="small" label={fr.loading} />;
  if (loaded.status === "failed") {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{`Les données n'ont pas pu être lues : ${loaded.message}`}</MessageBarBody>
      </MessageBar>
    );
  }
  return <>{children(loaded.value)}</>;
}
