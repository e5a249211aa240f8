export function mergeLocales(root?: string): void;
