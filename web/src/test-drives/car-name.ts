import { useCatalogIfLoaded } from '../session/reference-data.js';

interface CarLike {
  readonly model: string;
  readonly trim: string;
  readonly plate: string;
}

/** A demo car as people name it: model, trim and plate (`Aurora X9 · X9 Max · 沪AD10902`). */
export function useCarName(): (car: CarLike) => string {
  const catalog = useCatalogIfLoaded();
  return (car) => {
    const model = catalog?.models.find((candidate) => candidate.code === car.model);
    const trim = model?.trims.find((candidate) => candidate.code === car.trim);
    return `${model?.name ?? car.model} · ${trim?.name ?? car.trim} · ${car.plate}`;
  };
}
