import type { Catalog } from '../domain/catalog/catalog-types.js';
import type { Dealer, Region } from '../domain/dealer/dealer-types.js';
import type { PriceListVersion } from '../domain/pricing/price-list.js';
import type { Plant } from '../domain/scheduling/plant-types.js';
import type { PriceRepository, ReferenceRepository } from './ports/repositories.js';
import type { Clock } from './ports/services.js';

interface Snapshot {
  readonly catalog: Catalog;
  readonly regions: readonly Region[];
  readonly dealers: readonly Dealer[];
  readonly plants: readonly Plant[];
  readonly prices: readonly PriceListVersion[];
  readonly loadedAtMs: number;
}

/**
 * The catalog, network, plants and price lists, read on every submission and changed a few times a day: kept in
 * memory, reloaded at once after a change made here and in the background at most `maxAgeMs` after a change made
 * by another process.
 *
 * Reads are often made inside a transaction, where a load would wait for the connection that transaction holds
 * (SQLite has one). So once loaded, a read never waits for the database: an old snapshot is served while the
 * background reload runs. The first load happens at start-up, before any transaction.
 */
export class ReferenceData {
  private snapshot: Snapshot | null = null;
  private loading: Promise<Snapshot> | null = null;

  constructor(
    private readonly source: ReferenceRepository,
    private readonly prices: PriceRepository,
    private readonly clock: Clock,
    private readonly maxAgeMs = 5_000,
  ) {}

  /** Loads everything now. Call it outside transactions: at start-up and after a change made here. */
  async reload(): Promise<void> {
    // A load already under way may have read before the change the caller just made: let it finish, then load anew.
    if (this.loading !== null) await this.loading.catch(() => {});
    await this.startLoading();
  }

  private startLoading(): Promise<Snapshot> {
    if (this.loading === null) {
      const loading = this.load(this.clock.now().getTime()).then((snapshot) => {
        this.snapshot = snapshot;
        return snapshot;
      });
      this.loading = loading;
      const done = () => {
        if (this.loading === loading) this.loading = null;
      };
      loading.then(done, done);
    }
    return this.loading;
  }

  private async current(): Promise<Snapshot> {
    if (this.snapshot === null) return this.startLoading();
    if (this.clock.now().getTime() - this.snapshot.loadedAtMs > this.maxAgeMs && this.loading === null) {
      // A failed background reload leaves the old snapshot in place; the next read tries again.
      this.startLoading().catch(() => {});
    }
    return this.snapshot;
  }

  private async load(nowMs: number): Promise<Snapshot> {
    const [catalog, regions, dealers, plants, prices] = await Promise.all([
      this.source.catalog(),
      this.source.regions(),
      this.source.dealers(),
      this.source.plants(),
      this.prices.versions(),
    ]);
    return { catalog, regions, dealers, plants, prices, loadedAtMs: nowMs };
  }

  async catalog(): Promise<Catalog> {
    return (await this.current()).catalog;
  }

  async regions(): Promise<readonly Region[]> {
    return (await this.current()).regions;
  }

  async region(code: string): Promise<Region | undefined> {
    return (await this.current()).regions.find((region) => region.code === code);
  }

  async dealers(): Promise<readonly Dealer[]> {
    return (await this.current()).dealers;
  }

  async dealer(code: string): Promise<Dealer | undefined> {
    return (await this.current()).dealers.find((dealer) => dealer.code === code);
  }

  async plants(): Promise<readonly Plant[]> {
    return (await this.current()).plants;
  }

  async priceVersions(): Promise<readonly PriceListVersion[]> {
    return (await this.current()).prices;
  }
}
