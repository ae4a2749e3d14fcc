/** A cursor this server never gave out: the client is answered 400. */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
}

/** A page cursor: the sort key of the last row given out, opaque to clients. */
export function encodeCursor(parts: readonly string[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

/** The sort key inside a cursor; `InvalidCursorError` (400) when it is not one this server gave out. */
export function decodeCursor(cursor: string, length: number): string[] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === length && value.every((part) => typeof part === 'string')) {
      return value as string[];
    }
  } catch {
    // Falls through to the refusal below.
  }
  throw new InvalidCursorError('cursor is not one this server gave out');
}

/** The cursor of a page sorted by creation time and id, newest or oldest first. */
export function encodeTimeIdCursor(at: string, id: string): string {
  return encodeCursor([at, id]);
}

export function decodeTimeIdCursor(cursor: string): [string, string] {
  return decodeCursor(cursor, 2) as [string, string];
}
