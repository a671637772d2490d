import { FluentProvider, Text, Title3, teamsLightTheme } from "@fluentui/react-components";

/** Shown while a team adds the channel tab: the tab has nothing to configure, Teams' Save button pins it. */
export function ConfigPage() {
  return (
    <FluentProvider theme={teamsLightTheme} lang="fr">
      <main style={{ padding: 16 }} aria-label="Configuration de l'onglet">
        <Title3 as="h1">Réseau des secrétaires de mairie</Title3>
        <Text block>
          Cet onglet affiche les questions et réponses du réseau, les clauses partagées, le calendrier des échéances et
          l'annuaire. Cliquez sur « Enregistrer » pour l'ajouter au canal.
        </Text>
      </main>
    </FluentProvider>
  );
}
