import { useGalleryStore } from '../gallery';
import { centreView } from './centreView';
import { useCentreChoice, useStagedId, type CentreView } from './stageStore';

/**
 * What the centre shows now (`centreView`), and whether the stage has anything to show (the switch
 * between stage and canvas is offered only then).
 */
export function useCentreView(canvasHasImage: boolean): { view: CentreView; hasResult: boolean } {
  const choice = useCentreChoice();
  const staged = useStagedId();
  const anyListed = useGalleryStore((s) => s.items.length > 0);
  const hasResult = staged !== null || anyListed;
  return { view: centreView({ choice, hasResult, canvasHasImage }), hasResult };
}
