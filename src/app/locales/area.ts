/**
 * A catalogue area: the messages of one part of the game (the campaign, the kiosk, sharing…) in
 * every shipped language, kept in one file next to each other. English defines the keys; German
 * and Spanish must have every one of them (a missing key fails to compile).
 */
export interface Area<K extends string> {
  readonly en: Readonly<Record<K, string>>;
  readonly de: Readonly<Record<K, string>>;
  readonly es: Readonly<Record<K, string>>;
}

export function area<const E extends Readonly<Record<string, string>>>(
  en: E,
  de: Readonly<Record<keyof E & string, string>>,
  es: Readonly<Record<keyof E & string, string>>,
): Area<keyof E & string> {
  return { en, de, es };
}

/** The keys of an area. */
export type AreaKeys<A> = A extends Area<infer K> ? K : never;
