/**
 * A `Storage` kept in a Map: the stand-in when the browser refuses localStorage/sessionStorage (some
 * private windows, sandboxed frames) and the backing store of persistence tests.
 */
export function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}
