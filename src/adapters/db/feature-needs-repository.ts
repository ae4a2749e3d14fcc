import type { Kysely } from 'kysely';
import type { FeatureNeedsRepository } from '../../application/ports/sales-repositories.js';
import type { FeatureNeeds, FeatureScope, NeedTag } from '../../domain/introduction/feature-needs.js';
import type { Database } from './schema.js';

/** Rows per insert statement: well under either dialect's limit on bound parameters. */
const INSERT_BATCH = 100;

export class KyselyFeatureNeedsRepository implements FeatureNeedsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async all(): Promise<readonly FeatureNeeds[]> {
    const rows = await this.db.selectFrom('catalog_feature_needs').selectAll().orderBy('position').execute();
    return rows.map((row) => ({
      model: row.model,
      scope: row.scope as FeatureScope,
      code: row.code,
      feature: row.feature,
      featureZh: row.feature_zh,
      answers: JSON.parse(row.answers) as NeedTag[],
      seats: row.seats === null ? null : Number(row.seats),
      electricRangeKm: row.electric_range_km === null ? null : Number(row.electric_range_km),
    }));
  }

  async replaceAll(entries: readonly FeatureNeeds[]): Promise<void> {
    await this.db.deleteFrom('catalog_feature_needs').execute();
    for (let start = 0; start < entries.length; start += INSERT_BATCH) {
      await this.db
        .insertInto('catalog_feature_needs')
        .values(
          entries.slice(start, start + INSERT_BATCH).map((entry, index) => ({
            model: entry.model,
            scope: entry.scope,
            code: entry.code,
            feature: entry.feature,
            feature_zh: entry.featureZh,
            answers: JSON.stringify(entry.answers),
            seats: entry.seats,
            electric_range_km: entry.electricRangeKm,
            position: start + index,
          })),
        )
        .execute();
    }
  }
}
