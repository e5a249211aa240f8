/** Per-app reading of unread counts and markers in tab titles. Pure. (Stub: per-app grammars come next.) */
export interface UnreadReading {
  kind: 'count' | 'marker' | 'none';
  count: number | null;
}

export function readUnread(_appId: string, title: string): UnreadReading {
  const m = /^\((\d+)\)\s/.exec(title);
  return m ? { kind: 'count', count: Number(m[1]) } : { kind: 'none', count: null };
}

export function maskTitle(_appId: string, title: string): string {
  return title.replace(/^\(\d+\)\s/, '');
}
