import type { ApiCatalog, ApiPriceItem } from '../api/api-types.js';
import { parseYuan } from '../order-form/money-input.js';

/** A line of a new price list as typed: the model, `trim:CODE` or `option:CODE`, and the price in yuan. */
export interface PriceDraftLine {
  readonly model: string;
  readonly target: string;
  readonly amountYuan: string;
}

/** The trims and options of a model as `trim:CODE` / `option:CODE` choices with their names. */
export function targetsOf(catalog: ApiCatalog, modelCode: string): { value: string; label: string }[] {
  const model = catalog.models.find((candidate) => candidate.code === modelCode);
  if (model === undefined) return [];
  return [
    ...model.trims.map((trim) => ({ value: `trim:${trim.code}`, label: `${trim.code} · ${trim.name}` })),
    ...model.options.map((option) => ({ value: `option:${option.code}`, label: `${option.code} · ${option.name}` })),
  ];
}

/** A line the form will not send, at the path the server would name: `items.2.priceCents`. */
export interface DraftProblem {
  readonly path: string;
  readonly key: 'problem.amount_invalid' | 'problem.required';
}

/** The items of `POST /prices`, or the problems of the lines that are not prices yet. */
export function priceItems(lines: readonly PriceDraftLine[]): {
  readonly items: ApiPriceItem[];
  readonly problems: DraftProblem[];
} {
  const problems: DraftProblem[] = [];
  const items = lines.map((line, index): ApiPriceItem => {
    const [kind, code = ''] = line.target.split(':');
    if (line.model === '') problems.push({ path: `items.${index}.model`, key: 'problem.required' });
    if (code === '') problems.push({ path: `items.${index}.target`, key: 'problem.required' });
    const priceCents = parseYuan(line.amountYuan);
    if (priceCents === null) problems.push({ path: `items.${index}.priceCents`, key: 'problem.amount_invalid' });
    return kind === 'trim'
      ? { model: line.model, trim: code, priceCents: priceCents ?? 0 }
      : { model: line.model, option: code, priceCents: priceCents ?? 0 };
  });
  return { items, problems };
}
