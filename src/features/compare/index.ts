/** The compare feature's public surface: seed sweeps, side-by-side comparison, X/Y grids. */
export { planSeedSweep, sweepSeeds } from './planSeedSweep';
export type { SeedStrategy, SeedSweepInput, SeedSweepRequest } from './planSeedSweep';
export { parseSeedList } from './parseSeedList';
export { MAX_SWEEP_SEEDS, groupConsecutiveSeeds } from './seedRuns';
export { planXYGrid, MAX_GRID_CELLS } from './planXYGrid';
export type { XYAxis, XYCell, XYGridInput, XYGridPlan, XYRequest } from './planXYGrid';
export { parseAxisValues, availableAxes, AXIS_KINDS, AXIS_KIND_LABELS } from './parseAxisValues';
export type { AxisKind } from './parseAxisValues';
export { describeRecipe, diffRecipes } from './diffRecipes';
export type { Recipe } from './diffRecipes';
export { differenceImage } from './differenceImage';
export type { PixelImage } from './differenceImage';
export { compositeOverOriginal } from './compositeOverOriginal';
export { layoutGridExport } from './layoutGridExport';
export { exportGridPng, type ExportGridOptions } from './exportGridPng';
export { describeGridExport } from './gridExportProtocol';
export type {
  ExportGridInput,
  GridExportCell,
  GridExportProgress,
  GridExportResult,
} from './gridExportProtocol';
export { comparisonItemOf, type ComparableResult, type ComparisonItem } from './comparisonItem';
export { ItemPicture, itemAspect, type ItemPictureProps } from './CameraPicture';
export { CompareSeedsDialog } from './CompareSeedsDialog';
export type { CompareSeedsDialogProps } from './CompareSeedsDialog';
export { ComparisonView } from './ComparisonView';
export type { ComparisonViewProps } from './ComparisonView';
export { XYGridDialog } from './XYGridDialog';
export type { XYGridDialogProps } from './XYGridDialog';
export { XYGridView } from './XYGridView';
export type { XYGridViewCell, XYGridViewProps } from './XYGridView';
export { JobProgressBar } from './JobProgressBar';
