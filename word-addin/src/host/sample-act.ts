/**
 * The act shown in the browser preview's simulated document: a délibération as a small commune writes it, still
 * carrying the visa of an old template (the code des communes, abrogated in 1996) for the checker to find.
 */
export const SAMPLE_DELIBERATION = [
  "COMMUNE DE SAINT-AUBIN-SUR-LOIRE",
  "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL",
  "Séance du 18 septembre 2025",
  "L'an deux mil vingt-cinq, le dix-huit septembre à vingt heures, le conseil municipal de la commune de Saint-Aubin-sur-Loire, dûment convoqué, s'est réuni en session ordinaire à la mairie, sous la présidence de Madame Claire Dubois, Maire.",
  "Date de convocation : 12 septembre 2025",
  "Nombre de conseillers en exercice : 15 – Présents : 11 – Votants : 13",
  "Présents : Mmes et MM. Dubois, Lefèvre, Moreau, Girard, Petit, Roux, Fontaine, Chevalier, Robin, Gauthier, Morel.",
  "Pouvoirs : M. Lambert à Mme Dubois ; Mme Faure à M. Girard.",
  "Absents excusés : M. Lambert, Mme Faure, M. Bonnet, Mme Mercier.",
  "Secrétaire de séance : M. Robin.",
  "Objet : Tarifs de la cantine scolaire pour l'année 2025-2026",
  "Vu le code des communes ;",
  "Vu le code général des collectivités territoriales, notamment son article L2121-29 ;",
  "Considérant la hausse du coût des denrées alimentaires ;",
  "Le conseil municipal, après en avoir délibéré,",
  "DÉCIDE :",
  "Article 1er : Le prix du repas est fixé à 3,80 € à compter du 1er octobre 2025.",
  "Pour : 12 Contre : 1 Abstention : 0",
  "Fait et délibéré en séance les jour, mois et an susdits.",
  "La Maire, Claire Dubois",
].join("\n");
