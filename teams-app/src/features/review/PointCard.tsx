import { Caption1, Link } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { PointRecord } from "../../app/data/ports";
import { Section } from "../../common/Section";
import { safeHttpUrl } from "../../common/safe-url";
import { PointDocument } from "./PointDocument";
import type { Reader } from "./PointDocument";
import { pointCaption } from "./review-seances";

/** A point of the séance: its title, rapporteur, projet d'acte, and what is said of it below. */
export function PointCard({ point, reader, children }: { point: PointRecord; reader?: Reader; children: ReactNode }) {
  const href = safeHttpUrl(point.projetActe);
  return (
    <Section title={`${point.numero}. ${point.titre}`}>
      <Caption1>{pointCaption(point)}</Caption1>
      <PointDocument
        point={point}
        {...(reader ? { reader } : {})}
        fallback={
          href ? (
            <Link href={href} target="_blank" rel="noreferrer">
              Lire le projet d'acte
            </Link>
          ) : (
            <Caption1>Projet d'acte non joint.</Caption1>
          )
        }
      />
      {children}
    </Section>
  );
}
