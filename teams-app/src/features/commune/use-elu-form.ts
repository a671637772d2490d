import { useState } from "react";
import type { MembreRecord } from "../../app/data/ports";
import { useWrite } from "../seance/use-write";
import { eluChanged, eluErrors, eluFormOf, eluPatch } from "./elu-form";

/** One élu's row as typed, its errors, and its save with the eTag read. */
export function useEluForm(membre: MembreRecord) {
  const { busy, write } = useWrite();
  const [form, setForm] = useState(() => eluFormOf(membre));
  const errors = eluErrors(form, membre.nom);
  const save = () => write("membres", { kind: "update", id: membre.id, eTag: membre.eTag, patch: eluPatch(form) });
  const canSave =
    !busy && eluChanged(form, eluFormOf(membre)) && errors.rang === undefined && errors.prenom === undefined;
  return { form, setForm, errors, canSave, save };
}
