import type { ApiModel, ApiOrder, CheckLine } from '../api/api-types.js';
import type { MessageKey } from '../i18n/messages-en.js';
import { isMessageKey, type MessageParams } from '../i18n/translate.js';
import { toDomainModel } from '../order-form/catalog-model.js';
import { configurationProblems } from '../order-form/configuration-problems.js';

export interface CheckLineContext {
  readonly order: ApiOrder;
  readonly model: ApiModel | undefined;
  readonly money: (cents: number) => string;
  /** Writes a calendar date or an instant's day. */
  readonly date: (text: string) => string;
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * One line of a verification record in plain words in the reader's language: the code says what happened, the order
 * and the catalog give the names. A code the app does not know is shown in the server's own words.
 */
export function checkLineText(line: CheckLine, context: CheckLineContext, t: Translate): string {
  if (line.result === 'pass') {
    const key = `problem.pass.${line.check}`;
    return isMessageKey(key) ? t(key) : line.message;
  }
  const params = paramsOf(line, context, t);
  if (params === null) return line.message;
  const key = `problem.${line.code}`;
  return isMessageKey(key) ? t(key, params) : line.message;
}

function paramsOf(line: CheckLine, context: CheckLineContext, t: Translate): MessageParams | null {
  const { order, model } = context;
  const modelName = model?.name ?? order.vehicle.model;
  const quota = order.quota ?? { region: order.region, month: '', model: order.vehicle.model };
  switch (line.code) {
    case 'option_requires':
    case 'option_excludes':
      return configurationParams(line, context);
    case 'option_not_on_trim':
    case 'option_not_in_production':
    case 'option_unknown':
    case 'option_duplicate':
    case 'special_option':
      return { option: optionName(line.path, context) };
    case 'deposit_below_minimum':
      return model ? { model: modelName, amount: context.money(model.minDepositCents) } : null;
    case 'dealer_not_franchised':
    case 'duplicate_active_order':
      return { model: modelName };
    case 'id_number_length':
    case 'credit_code_length':
      return { length: order.customer.idNumber.length };
    case 'quota_exhausted':
    case 'quota_not_allocated':
      return { model: modelName, region: quota.region, month: quota.month };
    case 'part_short': {
      const expectedAt = line.details?.expectedAt ?? null;
      const when = expectedAt
        ? t('problem.part_expected', { date: context.date(expectedAt) })
        : t('problem.part_unknown_date');
      return { part: String(line.details?.part ?? ''), when };
    }
    case 'dealer_flagged':
      return { reason: order.special?.reason ?? '' };
    default:
      return {};
  }
}

function optionName(path: string | null, context: CheckLineContext): string {
  const index = Number(/\.(\d+)$/.exec(path ?? '')?.[1] ?? Number.NaN);
  const code = context.order.vehicle.options[index];
  return context.model?.options.find((option) => option.code === code)?.name ?? code ?? '';
}

/** Requires and excludes name the other option too: the form's own explanation of the configuration finds it. */
function configurationParams(line: CheckLine, context: CheckLineContext): MessageParams | null {
  if (context.model === undefined) return null;
  const problems = configurationProblems(toDomainModel(context.model), context.order.vehicle);
  const match = problems.find((problem) => problem.path === line.path && problem.key === `problem.${line.code}`);
  return match?.params ?? null;
}
