import type { ApiLead } from '../api/sales-types.js';
import { useI18n } from '../i18n/i18n-context.js';

/** The needs a lead stated, each as a short phrase in the user's language, in the order of the profile. */
export function useNeedsSummary(): (lead: ApiLead) => string[] {
  const { t, money, number } = useI18n();
  return (lead) => {
    const parts: string[] = [];
    if (lead.budgetCents !== null) parts.push(t('leads.summary.budget', { amount: money(lead.budgetCents) }));
    if (lead.householdSize !== null) parts.push(t('leads.summary.household', { size: lead.householdSize }));
    if (lead.dailyDistanceKm !== null) {
      parts.push(t('leads.summary.distance', { km: number(lead.dailyDistanceKm) }));
    }
    if (lead.homeCharging !== null) {
      parts.push(t(lead.homeCharging ? 'leads.summary.homeCharging' : 'leads.summary.noHomeCharging'));
    }
    for (const usage of lead.usage) parts.push(t(`leads.usage.${usage}`));
    if (lead.priorities.length > 0) {
      const ranked = lead.priorities.map((priority, index) => `${index + 1}. ${t(`leads.priority.${priority}`)}`);
      parts.push(t('leads.summary.priorities', { priorities: ranked.join(', ') }));
    }
    if (lead.motivation !== null) parts.push(t(`leads.motivation.${lead.motivation}`));
    return parts;
  };
}
