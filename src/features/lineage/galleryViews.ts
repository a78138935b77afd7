import { lazy } from 'react';
import { loadResultViews } from '../gallery';

/* The gallery's views this feature shows, from its on-demand module (gallery's `loadResultViews`). */

export const MaskThumbnail = lazy(() => loadResultViews().then((m) => ({ default: m.MaskThumbnail })));
export const ResultThumbnail = lazy(() => loadResultViews().then((m) => ({ default: m.ResultThumbnail })));
