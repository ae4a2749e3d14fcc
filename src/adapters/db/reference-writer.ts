import type { Kysely } from 'kysely';
import type { Catalog } from '../../domain/catalog/catalog-types.js';
import type { Dealer, Region } from '../../domain/dealer/dealer-types.js';
import type { Part } from '../../domain/materials/part-types.js';
import type { QuotaBucket } from '../../domain/quota/quota-types.js';
import type { Plant } from '../../domain/scheduling/plant-types.js';
import type { Database } from './schema.js';

export interface ReferenceDataset {
  readonly catalog: Catalog;
  readonly regions: readonly Region[];
  readonly dealers: readonly Dealer[];
  readonly plants: readonly Plant[];
  readonly parts: readonly Part[];
  readonly quotas: readonly QuotaBucket[];
}

const json = (value: unknown): string => JSON.stringify(value);
const flag = (value: boolean): number => (value ? 1 : 0);

/** Writes a whole network, catalog and supply picture into an empty database (the demo, test fixtures). */
export async function writeReferenceData(db: Kysely<Database>, data: ReferenceDataset): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('brands').values(data.catalog.brand).execute();
    await trx
      .insertInto('regions')
      .values(data.regions.map((region) => ({ code: region.code, name: region.name, time_zone: region.timeZone })))
      .execute();
    await trx
      .insertInto('dealers')
      .values(data.dealers.map((dealer) => ({ ...dealer, models: json(dealer.models) })))
      .execute();
    for (const [position, model] of data.catalog.models.entries()) {
      await trx
        .insertInto('catalog_models')
        .values({
          code: model.code,
          name: model.name,
          powertrain: model.powertrain,
          plant: model.plant,
          min_deposit_cents: model.minDepositCents,
          vin_descriptor: model.vinDescriptor,
          position,
        })
        .execute();
      await trx
        .insertInto('catalog_trims')
        .values(
          model.trims.map((trim, index) => ({
            model: model.code,
            code: trim.code,
            name: trim.name,
            base_price_cents: trim.basePriceCents,
            in_production: flag(trim.inProduction),
            features: json(trim.features),
            position: index,
          })),
        )
        .execute();
      await trx
        .insertInto('catalog_options')
        .values(
          model.options.map((option, index) => ({
            model: model.code,
            code: option.code,
            name: option.name,
            category: option.category,
            price_cents: option.priceCents,
            trims: option.trims === null ? null : json(option.trims),
            requires: json(option.requires),
            excludes: json(option.excludes),
            parts: json(option.parts),
            special: flag(option.special),
            in_production: flag(option.inProduction),
            position: index,
          })),
        )
        .execute();
    }
    await trx
      .insertInto('plants')
      .values(
        data.plants.map((plant) => ({
          code: plant.code,
          name: plant.name,
          vin_code: plant.vinCode,
          time_zone: plant.timeZone,
          daily_capacity: json(plant.dailyCapacity),
          working_weekdays: json(plant.workingWeekdays),
          transit_days: json(plant.transitDays),
        })),
      )
      .execute();
    if (data.parts.length > 0) {
      await trx
        .insertInto('parts')
        .values(
          data.parts.map((part) => ({
            code: part.code,
            name: part.name,
            available_units: part.availableUnits,
            reserved_units: part.reservedUnits,
            expected_at: part.expectedAt,
          })),
        )
        .execute();
    }
    for (let start = 0; start < data.quotas.length; start += 200) {
      await trx
        .insertInto('quota_buckets')
        .values(data.quotas.slice(start, start + 200))
        .execute();
    }
  });
}

/** True when nothing was ever loaded: the demo fills only an empty database. */
export async function isEmptyDatabase(db: Kysely<Database>): Promise<boolean> {
  const brand = await db.selectFrom('brands').select('code').executeTakeFirst();
  return brand === undefined;
}
