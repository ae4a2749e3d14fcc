import { validatePlate } from '../../../src/domain/test-drive/demo-car.js';
import type { ApiDealer, ApiModel } from '../api/api-types.js';
import type { FormProblem } from '../order-form/form-problem.js';

/** A demo car as typed: the model and trim chosen, the plate as written on it. */
export interface DemoCarDraft {
  readonly model: string;
  readonly trim: string;
  readonly plate: string;
}

/** The models a dealer may keep demo cars of (those it sells), each with the trims in production. */
export function demoCarModels(models: readonly ApiModel[], dealer: ApiDealer | undefined): ApiModel[] {
  return models
    .filter((model) => dealer === undefined || dealer.models.includes(model.code))
    .map((model) => ({ ...model, trims: model.trims.filter((trim) => trim.inProduction) }))
    .filter((model) => model.trims.length > 0);
}

/** What keeps the car from being registered: a model, a trim, and a mainland plate (by the server's own rule). */
export function demoCarProblems(draft: DemoCarDraft): FormProblem[] {
  const problems: FormProblem[] = [];
  if (draft.model === '') problems.push({ path: 'model', key: 'problem.model_missing' });
  if (draft.trim === '') problems.push({ path: 'trim', key: 'problem.trim_missing' });
  if (validatePlate(draft.plate).length > 0) problems.push({ path: 'plate', key: 'problem.plate_invalid' });
  return problems;
}
