import { useSendRegionStore } from '../store/useSendRegionStore';
import { useViewStore } from '../store/useViewStore';

/**
 * The region "Only masked" will send, outlined over the image (dashed, following zoom and pan): what the
 * engine will see before Generate is pressed. Takes no pointer events.
 */
export function SendRegionOverlay() {
  const region = useSendRegionStore((s) => s.region);
  const view = useViewStore((s) => s.view);
  if (!region) return null;
  return (
    <div
      role="img"
      aria-label="Region sent"
      title={`Sent: ${region.width}×${region.height} at (${region.x}, ${region.y})`}
      data-region={`${region.x},${region.y},${region.width},${region.height}`}
      className="pointer-events-none absolute border-2 border-dashed border-accent-400 shadow-[0_0_0_1px_rgba(0,0,0,0.6)]"
      style={{
        left: view.x + region.x * view.scale,
        top: view.y + region.y * view.scale,
        width: region.width * view.scale,
        height: region.height * view.scale,
      }}
    />
  );
}
