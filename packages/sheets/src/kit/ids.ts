let next = 0;

/** A new local id for a row (attendee, action…): unique in this page, short, ASCII. */
export function newId(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${(next++).toString(36)}`;
}
