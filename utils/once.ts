/**
 * A value made on first use and kept. The guard runs at `document_start` on every watched page, and
 * a page reads titles with one app's grammar only: building every app's regexes up front cost it
 * about as much as the rest of its start-up (measured on the Gmail fixture). Pure, and marked so
 * (`@__NO_SIDE_EFFECTS__`): the bundler drops every value a script never uses, so each watched app's
 * guard carries only its own grammar's words and expressions.
 */
/* @__NO_SIDE_EFFECTS__ */
export function once<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}
