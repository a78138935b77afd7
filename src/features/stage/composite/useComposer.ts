import { useEffect, useState } from 'react';
import type { Composer, Size } from '../../../lib/pixels';
import { loadKeptPictures, type GalleryItem } from '../../gallery';

export type ComposerState =
  | { status: 'loading' }
  | { status: 'ready'; composer: Composer; size: Size }
  | { status: 'failed'; message: string };

/**
 * A compose worker for the inpaint result on stage (while `enabled`): its init image, mask and answer
 * decoded there once, for as long as it is shown (then the worker and its memory go).
 */
export function useComposer(item: Pick<GalleryItem, 'id' | 'recipe'>, enabled = true): ComposerState {
  const [state, setState] = useState<{ id: string; value: ComposerState } | null>(null);
  const { id } = item;
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    let composer: Composer | null = null;
    const fail = (e: unknown) =>
      live &&
      setState({ id, value: { status: 'failed', message: e instanceof Error ? e.message : String(e) } });
    void (async () => {
      const source = await (await loadKeptPictures()).composeSourceOf(item);
      if (!live) return;
      if (!source) return fail(new Error('Its init image or mask is no longer stored'));
      const { createComposer } = await import('../../../lib/pixels/createComposer');
      if (!live) return;
      composer = createComposer(source);
      const size = await composer.ready;
      if (live) setState({ id, value: { status: 'ready', composer, size } });
    })().catch(fail);
    return () => {
      live = false;
      composer?.dispose();
    };
    // One worker per result: the recipe of a given id does not change what is composited.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, enabled]);
  return state?.id === id ? state.value : { status: 'loading' };
}
