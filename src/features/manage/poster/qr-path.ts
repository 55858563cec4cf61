// The QR code's dark modules as one SVG path; the encoding itself is the `qrcode` library's, loaded only
// by the poster page (a chunk of its own: residents and the other manager screens never fetch it).

/** Light modules around the code; four is what the QR standard asks for, so every scanner finds it. */
export const QUIET_ZONE = 4;

export interface QrShape {
  /** modules per side including the quiet zone, the SVG's viewBox */
  size: number;
  d: string;
}

export async function qrShape(text: string): Promise<QrShape> {
  const { create } = await import('qrcode');
  // M corrects about 15 % damage: enough for a creased or partly covered poster, still a small code.
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) parts.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    }
  }
  return { size: modules.size + 2 * QUIET_ZONE, d: parts.join('') };
}
