import m14Com500_3500_2021 from "./data/m14_com_500_3500-2021.json";
import m14Com500_3500_2022 from "./data/m14_com_500_3500-2022.json";
import m14ComSup3500_2019 from "./data/m14_com_sup3500-2019.json";
import m57A2023 from "./data/m57_a-2023.json";
import m57A2024 from "./data/m57_a-2024.json";
import m57D2024 from "./data/m57_d-2024.json";
import { registerPlan } from ".";

/**
 * Every plan at once, for the tests that read and check budgets synchronously. Never imported by a page: the
 * pages load the one plan a budget needs (loadPlan).
 */
export function registerAllPlans(): void {
  for (const plan of [m14ComSup3500_2019, m14Com500_3500_2021, m14Com500_3500_2022, m57A2023, m57A2024, m57D2024])
    registerPlan(plan);
}
