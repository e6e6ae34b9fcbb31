import { create } from 'qrcode';

/** A QR symbol: `size` modules square, its dark modules as one SVG path in module units. */
export type QrSymbol = { size: number; path: string };

/**
 * The QR code of `text`, drawn as rows of dark runs (one `M x y h n v1 h -n z` per run, which
 * keeps the path short). Medium error correction survives a phone camera at an angle.
 */
export function qrSymbol(text: string): QrSymbol {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const runs: string[] = [];
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; ) {
      if (!modules.get(y, x)) {
        x++;
        continue;
      }
      const start = x;
      while (x < modules.size && modules.get(y, x)) x++;
      runs.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
    }
  }
  return { size: modules.size, path: runs.join('') };
}

/** Scanners need a light margin of four modules around the symbol. */
const QUIET_ZONE = 4;

/**
 * The QR code of `text` as an SVG document. Always dark on white: many scanners cannot read the
 * inverted code a dark theme would otherwise give.
 */
export function qrSvg(text: string): string {
  const { size, path } = qrSymbol(text);
  const side = size + 2 * QUIET_ZONE;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}" shape-rendering="crispEdges">` +
    `<rect x="${-QUIET_ZONE}" y="${-QUIET_ZONE}" width="${side}" height="${side}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`
  );
}
