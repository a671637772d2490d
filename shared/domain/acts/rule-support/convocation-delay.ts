/** A second convocation after a missed quorum: the séance then deliberates whatever the attendance (L2121-17). */
export const SECONDE =
  /seconde convocation|deuxieme convocation|sans condition de quorum|quorum n'ayant pas ete atteint/;
