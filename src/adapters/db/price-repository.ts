import type { Kysely } from 'kysely';
import type { PriceRepository, StoredPriceListVersion } from '../../application/ports/repositories.js';
import type { PriceItem } from '../../domain/pricing/price-list.js';
import type { Database } from './schema.js';

export class KyselyPriceRepository implements PriceRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async versions(): Promise<readonly StoredPriceListVersion[]> {
    const versions = await this.db.selectFrom('price_list_versions').selectAll().orderBy('version').execute();
    const items = await this.db.selectFrom('price_items').selectAll().execute();
    const itemsByVersion = new Map<number, PriceItem[]>();
    for (const item of items) {
      const list = itemsByVersion.get(Number(item.version)) ?? [];
      list.push({ model: item.model, trim: item.trim, option: item.option, priceCents: Number(item.price_cents) });
      itemsByVersion.set(Number(item.version), list);
    }
    return versions.map((version) => ({
      version: Number(version.version),
      effectiveAt: version.effective_at,
      createdAt: version.created_at,
      createdBy: version.created_by,
      items: itemsByVersion.get(Number(version.version)) ?? [],
    }));
  }

  async addVersion(
    effectiveAt: string,
    items: readonly PriceItem[],
    createdBy: string,
    at: string,
  ): Promise<StoredPriceListVersion> {
    const latest = await this.db
      .selectFrom('price_list_versions')
      .select((eb) => eb.fn.max<number>('version').as('version'))
      .executeTakeFirst();
    const version = Number(latest?.version ?? 0) + 1;
    await this.db
      .insertInto('price_list_versions')
      .values({ version, effective_at: effectiveAt, created_at: at, created_by: createdBy })
      .execute();
    if (items.length > 0) {
      await this.db
        .insertInto('price_items')
        .values(
          items.map((item) => ({
            version,
            model: item.model,
            trim: item.trim ?? null,
            option: item.option ?? null,
            price_cents: item.priceCents,
          })),
        )
        .execute();
    }
    return { version, effectiveAt, createdAt: at, createdBy, items: [...items] };
  }
}
