import type { Kysely } from 'kysely';
import type { ReferenceRepository } from '../../application/ports/repositories.js';
import type { Catalog, OptionCategory, Powertrain, VehicleModel } from '../../domain/catalog/catalog-types.js';
import type { Dealer, Region } from '../../domain/dealer/dealer-types.js';
import type { Plant } from '../../domain/scheduling/plant-types.js';
import type { Database } from './schema.js';

const parseList = (text: string): string[] => JSON.parse(text) as string[];

/** Reads the network, catalog and plants straight from the database; wrap it in a cache for request paths. */
export class KyselyReferenceRepository implements ReferenceRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async catalog(): Promise<Catalog> {
    const brand = await this.db.selectFrom('brands').selectAll().executeTakeFirst();
    const models = await this.db.selectFrom('catalog_models').selectAll().orderBy('position').execute();
    const trims = await this.db.selectFrom('catalog_trims').selectAll().orderBy('position').execute();
    const options = await this.db.selectFrom('catalog_options').selectAll().orderBy('position').execute();
    return {
      brand: brand ?? { code: '', name: '', wmi: '' },
      models: models.map((model): VehicleModel => ({
        code: model.code,
        name: model.name,
        powertrain: model.powertrain as Powertrain,
        plant: model.plant,
        minDepositCents: Number(model.min_deposit_cents),
        vinDescriptor: model.vin_descriptor,
        trims: trims
          .filter((trim) => trim.model === model.code)
          .map((trim) => ({
            code: trim.code,
            name: trim.name,
            basePriceCents: Number(trim.base_price_cents),
            inProduction: Number(trim.in_production) === 1,
            features: parseList(trim.features),
          })),
        options: options
          .filter((option) => option.model === model.code)
          .map((option) => ({
            code: option.code,
            name: option.name,
            category: option.category as OptionCategory,
            priceCents: Number(option.price_cents),
            trims: option.trims === null ? null : parseList(option.trims),
            requires: parseList(option.requires),
            excludes: parseList(option.excludes),
            parts: parseList(option.parts),
            special: Number(option.special) === 1,
            inProduction: Number(option.in_production) === 1,
          })),
      })),
    };
  }

  async regions(): Promise<readonly Region[]> {
    const rows = await this.db.selectFrom('regions').selectAll().orderBy('code').execute();
    return rows.map((row) => ({ code: row.code, name: row.name, timeZone: row.time_zone }));
  }

  async dealers(): Promise<readonly Dealer[]> {
    const rows = await this.db.selectFrom('dealers').selectAll().orderBy('code').execute();
    return rows.map((row) => ({
      code: row.code,
      name: row.name,
      region: row.region,
      phone: row.phone,
      city: row.city,
      models: parseList(row.models),
    }));
  }

  async plants(): Promise<readonly Plant[]> {
    const rows = await this.db.selectFrom('plants').selectAll().orderBy('code').execute();
    return rows.map((row) => ({
      code: row.code,
      name: row.name,
      vinCode: row.vin_code,
      timeZone: row.time_zone,
      dailyCapacity: JSON.parse(row.daily_capacity) as Record<string, number>,
      workingWeekdays: JSON.parse(row.working_weekdays) as number[],
      transitDays: JSON.parse(row.transit_days) as Record<string, number>,
    }));
  }
}
