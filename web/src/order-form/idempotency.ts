/**
 * The Idempotency-Key of a submission. A retry of the same body (after a lost answer) reuses the key, so the server
 * returns the order it already made instead of making a second one; a changed body gets a new key.
 */
export class SubmissionKeys {
  private last: { readonly body: string; readonly key: string } | null = null;

  constructor(private readonly newKey: () => string = () => crypto.randomUUID()) {}

  keyFor(body: unknown): string {
    const text = JSON.stringify(body);
    if (this.last?.body === text) return this.last.key;
    this.last = { body: text, key: this.newKey() };
    return this.last.key;
  }
}
