import type { Catalog, Configuration, VehicleModel } from '../catalog/catalog-types.js';
import { findModel, findOption, findTrim } from '../catalog/catalog-lookup.js';
import { assert } from '../shared/assert.js';
import { type Cents, sumCents } from '../shared/money.js';
import { type Violation, violation } from '../shared/violation.js';

/** One price of a price-list version: it names exactly one trim or one option of a model. */
export interface PriceItem {
  readonly model: string;
  readonly trim?: string | null;
  readonly option?: string | null;
  readonly priceCents: Cents;
}

/** A version of the price list: from `effectiveAt` on, its items replace the prices they name; the rest stay. */
export interface PriceListVersion {
  /** Grows by one with each version; breaks a tie between versions that take effect at the same instant. */
  readonly version: number;
  /** ISO 8601 instant from which the version is in force. */
  readonly effectiveAt: string;
  readonly items: readonly PriceItem[];
}

/** The thing priced: a trim or an option of a model. */
export type PricedComponent =
  { readonly kind: 'trim'; readonly code: string } | { readonly kind: 'option'; readonly code: string };

/** Every code `validatePriceItems` may return. Codes are stable: never renamed, never reused. */
export const PRICE_ITEM_VIOLATION_CODES = [
  'price_model_unknown',
  'price_trim_unknown',
  'price_option_unknown',
  'price_item_target',
  'price_item_duplicate',
  'price_negative',
  'price_not_whole_cents',
] as const;

/** The component an item names, or `null` when it names neither a trim nor an option, or both. */
export function componentOf(item: PriceItem): PricedComponent | null {
  const { trim, option } = item;
  if (isGiven(trim) && !isGiven(option)) return { kind: 'trim', code: trim };
  if (isGiven(option) && !isGiven(trim)) return { kind: 'option', code: option };
  return null;
}

/** The API lets a client leave `trim` or `option` out or send `null`: both mean "not this one". */
function isGiven(code: string | null | undefined): code is string {
  return code !== undefined && code !== null;
}

function instant(text: string, what: string): number {
  const milliseconds = Date.parse(text);
  assert(Number.isFinite(milliseconds), `${what} must be an ISO 8601 instant, got "${text}"`);
  return milliseconds;
}

function catalogPrice(model: VehicleModel, component: PricedComponent): Cents | null {
  if (component.kind === 'trim') return findTrim(model, component.code)?.basePriceCents ?? null;
  return findOption(model, component.code)?.priceCents ?? null;
}

/**
 * The price of a trim or option at an instant: the item naming it in the latest version in force then that names it
 * (the higher version number wins a tie on `effectiveAt`), else the catalog's price. Instants are compared as
 * instants, not as text, so `+08:00` and `Z` spellings agree. Within one version a later item naming the same
 * component wins (`validatePriceItems` refuses such a list before it is stored). `null` when nothing knows the
 * component: it is not in the catalog and no version names it.
 */
export function priceOf(
  versions: readonly PriceListVersion[],
  model: VehicleModel,
  component: PricedComponent,
  at: string,
): Cents | null {
  const atInstant = instant(at, 'the pricing instant');
  let latest: { effective: number; version: number; priceCents: Cents } | null = null;
  for (const version of versions) {
    const effective = instant(version.effectiveAt, `effectiveAt of price list ${version.version}`);
    if (effective > atInstant) continue;
    const newer =
      latest === null ||
      effective > latest.effective ||
      (effective === latest.effective && version.version > latest.version);
    if (!newer) continue;
    const item = version.items.findLast((candidate) => names(candidate, model.code, component));
    if (item !== undefined) latest = { effective, version: version.version, priceCents: item.priceCents };
  }
  return latest !== null ? latest.priceCents : catalogPrice(model, component);
}

function names(item: PriceItem, modelCode: string, component: PricedComponent): boolean {
  const named = componentOf(item);
  return item.model === modelCode && named !== null && named.kind === component.kind && named.code === component.code;
}

/**
 * The list price of a configuration at an instant: its trim plus each option once. A code that nothing prices adds
 * nothing: such a configuration fails the buildability check and is stored rejected, so it needs a price to show,
 * not a right one.
 */
export function priceConfiguration(
  versions: readonly PriceListVersion[],
  model: VehicleModel,
  configuration: Configuration,
  at: string,
): Cents {
  assert(configuration.model === model.code, `configuration of ${configuration.model} priced as ${model.code}`);
  const components: PricedComponent[] = [
    { kind: 'trim', code: configuration.trim },
    ...[...new Set(configuration.options)].map((code): PricedComponent => ({ kind: 'option', code })),
  ];
  return sumCents(components.map((component) => priceOf(versions, model, component, at) ?? 0));
}

/**
 * Every problem of the items of a new price-list version, each at its path (`items.3.trim`): the model, trim or
 * option must exist in the catalog, an item names exactly one trim or option and only once, and a price is a
 * non-negative whole number of cents.
 */
export function validatePriceItems(
  catalog: Catalog,
  items: readonly PriceItem[],
  basePath = 'items',
): readonly Violation[] {
  const seenTargets = new Set<string>();
  return items.flatMap((item, index) => {
    const path = `${basePath}.${index}`;
    const violations = [...checkTarget(catalog, item, path), ...checkAmount(item.priceCents, `${path}.priceCents`)];
    const component = componentOf(item);
    if (component !== null) {
      const key = JSON.stringify([item.model, component.kind, component.code]);
      if (seenTargets.has(key)) {
        const message = `The ${component.kind} ${component.code} of ${item.model} is priced more than once.`;
        violations.push(violation('price_item_duplicate', message, path));
      }
      seenTargets.add(key);
    }
    return violations;
  });
}

function checkTarget(catalog: Catalog, item: PriceItem, path: string): Violation[] {
  const violations: Violation[] = [];
  if (componentOf(item) === null) {
    violations.push(violation('price_item_target', 'A price item names exactly one trim or one option.', path));
  }
  const model = findModel(catalog, item.model);
  if (model === undefined) {
    violations.push(violation('price_model_unknown', `The catalog has no model "${item.model}".`, `${path}.model`));
    return violations;
  }
  if (isGiven(item.trim) && findTrim(model, item.trim) === undefined) {
    const message = `Model ${model.code} has no trim "${item.trim}".`;
    violations.push(violation('price_trim_unknown', message, `${path}.trim`));
  }
  if (isGiven(item.option) && findOption(model, item.option) === undefined) {
    const message = `Model ${model.code} has no option "${item.option}".`;
    violations.push(violation('price_option_unknown', message, `${path}.option`));
  }
  return violations;
}

function checkAmount(priceCents: number, path: string): Violation[] {
  if (priceCents < 0) return [violation('price_negative', `A price cannot be negative, got ${priceCents}.`, path)];
  if (!Number.isSafeInteger(priceCents)) {
    return [violation('price_not_whole_cents', `A price is a whole number of cents, got ${priceCents}.`, path)];
  }
  return [];
}
