import { useState } from "react";
import type { CommuneRecord } from "../../app/data/ports";
import { useWrite } from "../seance/use-write";
import { derivedValues, profileChanged, profileFormErrors, profileFormOf, profilePatch } from "./commune-profile-form";
import type { ProfileForm } from "./commune-profile-form";

/** The commune's profile as typed, its errors and derived values on every change, and its save with the eTag read. */
export function useProfileForm(commune: CommuneRecord) {
  const { busy, write } = useWrite();
  const [form, setForm] = useState<ProfileForm>(() => profileFormOf(commune));
  const errors = profileFormErrors(form);
  const set =
    <K extends keyof ProfileForm>(key: K) =>
    (value: ProfileForm[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const field = (key: keyof ProfileForm) => ({
    validationState: errors[key] ? ("error" as const) : ("none" as const),
    validationMessage: errors[key],
  });
  const save = () =>
    write("communes", { kind: "update", id: commune.id, eTag: commune.eTag, patch: profilePatch(form) });
  const canSave = !busy && profileChanged(form, profileFormOf(commune)) && Object.keys(errors).length === 0;
  return { form, set, field, derived: derivedValues(form), canSave, save };
}
