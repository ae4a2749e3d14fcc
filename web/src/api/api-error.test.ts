import { describe, expect, it } from 'vitest';
import { apiErrorFromBody, fieldErrorsByPath } from './api-error.js';

describe('errors from the API', () => {
  it('tells a route the server lacks from a record it does not have', () => {
    const missingRoute = apiErrorFromBody(404, { code: 'not_found', detail: 'No route GET /api/v1/reviews.' }, 'x');
    expect(missingRoute.routeMissing).toBe(true);
    expect(missingRoute.notFound).toBe(false);
    const missingOrder = apiErrorFromBody(404, { code: 'not_found', detail: 'Order o1 was not found.' }, 'x');
    expect(missingOrder.routeMissing).toBe(false);
    expect(missingOrder.notFound).toBe(true);
    expect(apiErrorFromBody(404, null, 'Not Found').routeMissing).toBe(true);
  });

  it('keeps the field errors of a problem, by the path they name', () => {
    const error = apiErrorFromBody(
      400,
      {
        code: 'validation_failed',
        detail: 'The request does not fit the schema.',
        errors: [
          { path: 'body.cap', code: 'too_small', message: 'At least 3.' },
          { path: 'cap', code: 'cap_below_used', message: 'Below what is used.' },
          { path: null, code: 'x', message: 'Whole request.' },
          { nonsense: true },
        ],
      },
      'x',
    );
    expect(error.errors).toHaveLength(3);
    const byPath = fieldErrorsByPath(error.errors);
    expect(byPath.get('cap')).toEqual(['At least 3.', 'Below what is used.']);
    expect(byPath.get('')).toEqual(['Whole request.']);
  });
});
