import { qrSymbol } from '@/lib/qr';

/** Scanners need a light margin of four modules around the symbol. */
const QUIET_ZONE = 4;

/**
 * A QR code as inline SVG, drawn on the server. Always dark on white: many scanners cannot read
 * the inverted code a dark theme would otherwise give.
 */
export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const { size, path } = qrSymbol(text);
  const side = size + 2 * QUIET_ZONE;
  return (
    <svg role="img" aria-label={label} viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}`} shapeRendering="crispEdges" className={className}>
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={side} height={side} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
