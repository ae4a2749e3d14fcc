import { violation, type Violation } from '../shared/violation.js';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

/**
 * What a new password must be: at least 10 characters (counted as characters, not UTF-16 units), at most 200, and
 * not the username in any case or spacing. Length beats composition rules; the demo password fails on purpose.
 */
export function passwordViolations(username: string, password: string, path = 'newPassword'): Violation[] {
  const length = Array.from(password).length;
  if (length < MIN_PASSWORD_LENGTH) {
    return [violation('password_too_short', `A password has at least ${MIN_PASSWORD_LENGTH} characters.`, path)];
  }
  if (length > MAX_PASSWORD_LENGTH) {
    return [violation('password_too_long', `A password has at most ${MAX_PASSWORD_LENGTH} characters.`, path)];
  }
  if (password.trim().toLowerCase() === username.trim().toLowerCase()) {
    return [violation('password_is_username', 'A password may not be the username.', path)];
  }
  return [];
}
