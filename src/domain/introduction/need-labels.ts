import type { Cents } from '../shared/money.js';
import type { Motivation, Priority, StatedNeed, Usage } from './needs-profile.js';

/** A text in both languages a salesperson may work in. */
export interface LocalizedText {
  readonly en: string;
  readonly 'zh-CN': string;
}

const USAGE_LABELS: Readonly<Record<Usage, LocalizedText>> = {
  commute: { en: 'daily commute', 'zh-CN': '日常通勤' },
  family_trips: { en: 'family trips', 'zh-CN': '家庭出游' },
  long_distance: { en: 'long-distance drives', 'zh-CN': '长途自驾' },
  towing: { en: 'towing', 'zh-CN': '拖挂' },
};

const PRIORITY_LABELS: Readonly<Record<Priority, LocalizedText>> = {
  safety: { en: 'safety', 'zh-CN': '安全' },
  space: { en: 'space', 'zh-CN': '空间' },
  technology: { en: 'technology', 'zh-CN': '科技配置' },
  running_cost: { en: 'running cost', 'zh-CN': '用车成本' },
  performance: { en: 'performance', 'zh-CN': '驾驶性能' },
};

const MOTIVATION_LABELS: Readonly<Record<Motivation, LocalizedText>> = {
  first_car: { en: 'first car', 'zh-CN': '首次购车' },
  replacement: { en: 'replacing a car', 'zh-CN': '换购' },
  addition: { en: 'an additional car', 'zh-CN': '增购' },
};

/** `¥229,800`: whole yuan, as prices are spoken on the showroom floor. */
export function formatWholeYuan(cents: Cents): string {
  return `¥${Math.round(cents / 100).toLocaleString('en-US')}`;
}

/** How a stated need is named back to the customer ("household of 6", "6口之家"). */
export function needLabel(need: StatedNeed): LocalizedText {
  switch (need.kind) {
    case 'budget':
      return {
        en: `budget of ${formatWholeYuan(need.budgetCents)}`,
        'zh-CN': `预算${formatWholeYuan(need.budgetCents)}`,
      };
    case 'household':
      return { en: `household of ${need.size}`, 'zh-CN': `${need.size}口之家` };
    case 'daily_distance':
      return { en: `${need.km} km a day`, 'zh-CN': `每天${need.km}公里` };
    case 'home_charging':
      return { en: 'home charging', 'zh-CN': '家里能充电' };
    case 'usage':
      return USAGE_LABELS[need.usage];
    case 'priority':
      return PRIORITY_LABELS[need.priority];
    case 'motivation':
      return MOTIVATION_LABELS[need.motivation];
  }
}
