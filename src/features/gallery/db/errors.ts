/** Base of the storage errors the gallery shows to people; `userMessage` is a finished sentence. */
export class GalleryStorageError extends Error {
  readonly userMessage: string;
  constructor(name: string, message: string, userMessage: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = name;
    this.userMessage = userMessage;
  }
}

/** The browser refused to store more (QuotaExceededError); nothing of the failed write was kept. */
export class StorageQuotaError extends GalleryStorageError {
  constructor(options?: { cause?: unknown }) {
    super(
      'StorageQuotaError',
      'IndexedDB quota exceeded',
      'Storage is full, so this result is kept only until you close the tab. Delete some results from the gallery to free space.',
      options,
    );
  }
}

/** IndexedDB is missing or refuses to open (private windows, disabled storage, another tab upgrading). */
export class StorageUnavailableError extends GalleryStorageError {
  constructor(detail: string, options?: { cause?: unknown; userMessage?: string }) {
    super(
      'StorageUnavailableError',
      `IndexedDB unavailable: ${detail}`,
      options?.userMessage ?? UNAVAILABLE_MESSAGE,
      options,
    );
  }
}

const UNAVAILABLE_MESSAGE =
  "This browser isn't letting Gesso save to this device (a private window, perhaps), so results last only until you close the tab.";

/** For the cases where another tab runs a different version of Gesso. */
export const OTHER_VERSION_MESSAGE =
  'Gesso was updated in another tab. Reload this tab to keep saving results; until then they last only until you close it.';

function errorName(err: unknown): string | undefined {
  if (typeof err === 'object' && err !== null && 'name' in err && typeof err.name === 'string')
    return err.name;
  return undefined;
}

/** True for every way browsers report a full store: the standard name, legacy code 22 and Firefox's name. */
export function isQuotaError(err: unknown): boolean {
  const name = errorName(err);
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  return typeof err === 'object' && err !== null && 'code' in err && err.code === 22;
}

/**
 * Turns whatever a failed IndexedDB call threw into one of the typed errors where it is one; other errors
 * (our own bugs, bad arguments) pass through unchanged so they are not disguised as storage trouble.
 */
export function toStorageError(err: unknown): unknown {
  if (err instanceof GalleryStorageError) return err;
  if (isQuotaError(err)) return new StorageQuotaError({ cause: err });
  const name = errorName(err);
  // A closed or vanished connection (storage cleared, browser shut the database) means storage is gone.
  if (name === 'InvalidStateError' || name === 'UnknownError') {
    return new StorageUnavailableError(name, { cause: err });
  }
  return err;
}
