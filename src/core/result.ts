/**
 * Errors are values at the borders: parsing a level, a share code, a save or an import returns
 * a Result with a stable error code and a human message; it never throws into the game loop.
 */
export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function err<E>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}
