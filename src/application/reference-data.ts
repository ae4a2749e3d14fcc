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
 * memory, reloaded after a change made here and at most `maxAgeMs` after a change made by another process.
 *
 * Use cases read it inside transactions. A snapshot past its age is therefore served as it is while a fresh one
 * loads in the background: on SQLite a load awaited inside a transaction would wait for that transaction's own
 * connection, for ever. Only the first load, and the first after `invalidate()`, is awaited: callers make it
 * before they open a transaction.
 */
export class ReferenceData {
  private snapshot: Promise<Snapshot> | null = null;
  private refreshing = false;

  constructor(
    private readonly source: ReferenceRepository,
    private readonly prices: PriceRepository,
    private readonly clock: Clock,
    private readonly maxAgeMs = 5_000,
  ) {}

  invalidate(): void {
    this.snapshot = null;
  }

  private async current(): Promise<Snapshot> {
    const nowMs = this.clock.now().getTime();
    if (this.snapshot !== null) {
      const cached = await this.snapshot;
      if (nowMs - cached.loadedAtMs > this.maxAgeMs) this.refreshInBackground(nowMs);
      return cached;
    }
    const loading = this.load(nowMs);
    this.snapshot = loading;
    loading.catch(() => {
      if (this.snapshot === loading) this.snapshot = null;
    });
    return loading;
  }

  private refreshInBackground(nowMs: number): void {
    if (this.refreshing) return;
    this.refreshing = true;
    const current = this.snapshot;
    this.load(nowMs)
      .then((fresh) => {
        // An invalidation while loading wins: its next reader loads anew.
        if (this.snapshot === current) this.snapshot = Promise.resolve(fresh);
      })
      .catch(() => {
        // The old snapshot stays; the next reader past its age tries again.
      })
      .finally(() => {
        this.refreshing = false;
      });
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
