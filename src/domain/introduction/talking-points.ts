import type { Cents } from '../shared/money.js';
import type { FeatureNeeds } from './feature-needs.js';
import { formatWholeYuan, needLabel, type LocalizedText } from './need-labels.js';
import type { Motivation, NeedsProfile, StatedNeed } from './needs-profile.js';

/** One feature of an offer that answers needs this customer stated, and how to say so. */
export interface SellingPoint {
  readonly feature: string;
  readonly featureZh: string;
  /** The stated needs it answers, the most specific first; never empty. */
  readonly needs: readonly StatedNeed[];
  /** "7-seat layout (2+3+2) — household of 6": the feature, then the needs it answers, by name. */
  readonly explanation: LocalizedText;
  /** A sentence the salesperson can say about it. */
  readonly say: LocalizedText;
}

const ORDINALS_EN = ['first', 'second', 'third', 'fourth', 'fifth'];
const ORDINALS_ZH = ['一', '二', '三', '四', '五'];

/** The explanation of a selling point: the feature, a dash, and every need it answers joined with "+". */
export function explain(entry: FeatureNeeds, needs: readonly StatedNeed[]): LocalizedText {
  const labels = needs.map(needLabel);
  return {
    en: `${entry.feature} — ${labels.map((label) => label.en).join(' + ')}`,
    'zh-CN': `${entry.featureZh}——${labels.map((label) => label['zh-CN']).join(' + ')}`,
  };
}

/** What to say about a feature, led by the most specific need it answers. */
export function sayAbout(entry: FeatureNeeds, lead: StatedNeed, profile: NeedsProfile): LocalizedText {
  const feature = entry.feature;
  const zh = entry.featureZh;
  switch (lead.kind) {
    case 'household': {
      const spare = entry.seats === null ? 0 : entry.seats - lead.size;
      return {
        en: `${feature}: a proper seat for each of the ${lead.size} in the household${spare > 0 ? `, and ${spare} to spare` : ''}.`,
        'zh-CN': `${zh}：${lead.size}口之家人人有座${spare > 0 ? `，还能多坐${spare}位` : ''}。`,
      };
    }
    case 'home_charging': {
      const km = profile.dailyDistanceKm;
      return {
        en:
          `Charging at home${km !== null && km > 0 ? ` for ${km} km a day` : ''} costs far less than fuel, ` +
          `and the car is full every morning (${feature}).`,
        'zh-CN': `在家充电${km !== null && km > 0 ? `，每天${km}公里` : ''}，用车成本远低于加油，每天早上都是满电（${zh}）。`,
      };
    }
    case 'daily_distance': {
      const range = entry.electricRangeKm;
      if (range === null || lead.km <= 0) {
        return { en: `${feature}: made for ${lead.km} km a day.`, 'zh-CN': `${zh}：每天${lead.km}公里正合适。` };
      }
      const days = Math.floor(range / lead.km);
      return {
        en: `One charge covers about ${days} day${days === 1 ? '' : 's'} of your ${lead.km} km a day (${feature}).`,
        'zh-CN': `充一次电，按每天${lead.km}公里约可开${days}天（${zh}）。`,
      };
    }
    case 'usage':
      if (lead.usage === 'towing') {
        return {
          en: `${feature}: fitted at the factory, so the trailer or caravan can come along from day one.`,
          'zh-CN': `${zh}：原厂拖挂装备，提车当天就能拖房车、拖挂车出行。`,
        };
      }
      return { en: `For ${needLabel(lead).en}: ${feature}.`, 'zh-CN': `${needLabel(lead)['zh-CN']}：${zh}。` };
    case 'priority':
      return {
        en: `You put ${needLabel(lead).en} ${ORDINALS_EN[lead.rank - 1] ?? `number ${lead.rank}`}: ${feature}.`,
        'zh-CN': `您把${needLabel(lead)['zh-CN']}放在第${ORDINALS_ZH[lead.rank - 1] ?? lead.rank}位：${zh}。`,
      };
    case 'budget':
    case 'motivation':
      return { en: `${feature}.`, 'zh-CN': `${zh}。` };
  }
}

const MOTIVATION_OPENINGS: Readonly<Record<Motivation, (modelName: string) => LocalizedText>> = {
  first_car: (model) => ({
    en: `For a first car, start with how the ${model} fits into everyday life: parking, charging or fuelling, running costs.`,
    'zh-CN': `首次购车，先讲${model}如何融入日常生活：停车、补能、用车成本。`,
  }),
  replacement: (model) => ({
    en: `For a replacement, ask what they liked and missed in the old car, then show where the ${model} does better.`,
    'zh-CN': `换购客户，先问旧车哪里满意、哪里不满意，再讲${model}哪里更好。`,
  }),
  addition: (model) => ({
    en: `For an additional car, show how the ${model} complements the car the household already has.`,
    'zh-CN': `增购客户，讲${model}如何与家里现有的车互补。`,
  }),
};

/** The opening lines for an offer: why the customer is buying, and the price against the budget, said honestly. */
export function openingLines(profile: NeedsProfile, modelName: string, priceCents: Cents): LocalizedText[] {
  const lines: LocalizedText[] = [];
  if (profile.motivation !== null) lines.push(MOTIVATION_OPENINGS[profile.motivation](modelName));
  const budget = profile.budgetCents;
  if (budget !== null) {
    const price = formatWholeYuan(priceCents);
    const budgetText = formatWholeYuan(budget);
    if (priceCents <= budget) {
      lines.push({
        en: `From ${price}, within the budget of ${budgetText}.`,
        'zh-CN': `${price}起，在预算${budgetText}以内。`,
      });
    } else {
      const over = formatWholeYuan(priceCents - budget);
      lines.push({
        en: `From ${price}: ${over} over the budget of ${budgetText}; say so up front.`,
        'zh-CN': `${price}起，超出预算${budgetText}约${over}，要提前说明。`,
      });
    }
  }
  return lines;
}
