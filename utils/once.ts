/**
 * A value made on first use and kept. The guard runs at `document_start` on every watched page, and
 * a page reads titles with one app's grammar only: building every app's regexes up front cost it
 * about as much as the rest of its start-up (measured on the Gmail fixture). Pure.
 */
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
