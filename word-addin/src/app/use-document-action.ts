import { fr } from "@shared/ui/i18n/fr";
import { useAction } from "@shared/ui/hooks/use-action";

// Office's errors are English and technical: the pane says it in French, and the form keeps what was typed.
const officeFailure = () => fr.errors.unexpected;

/** A Word action whose outcome is a French sentence for the secretary. */
export function useDocumentAction() {
  return useAction<string>(officeFailure);
}
