import { z } from 'zod';
import { asciiDigits, latinLookalikes } from './digits';

// Receipts are read out over the phone, so the alphabet leaves out look-alikes (Crockford base32: no I, L, O, U).
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `ERF-4K7Q-M2XD`: a city prefix and 8 random symbols (40 bits), grouped by four. */
export function makeReceipt(prefix: string, random: Uint8Array = crypto.getRandomValues(new Uint8Array(8))): string {
  let symbols = '';
  for (let i = 0; i < 8; i++) symbols += ALPHABET[(random[i] ?? 0) % 32];
  return `${prefix}-${symbols.slice(0, 4)}-${symbols.slice(4)}`;
}

/** Accepts what people type: lower case, spaces, O for 0 and I/L for 1, Arabic digits, Cyrillic look-alikes. */
export function normaliseReceipt(input: string): string {
  const cleaned = latinLookalikes(asciiDigits(input).toUpperCase())
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length < 9) return cleaned;
  const prefix = cleaned.slice(0, cleaned.length - 8);
  const body = cleaned.slice(-8);
  return `${prefix}-${body.slice(0, 4)}-${body.slice(4)}`;
}

/** A normalised receipt: a city prefix and 8 symbols (`ERF-4K7Q-M2XD`). */
const RECEIPT_SHAPE = /^[A-Z0-9]{2,8}-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

/** A receipt as people type it, read the way `normaliseReceipt` reads it; the lookup form and the lookup check this. */
export const receiptCodeSchema = z.string().transform(normaliseReceipt).pipe(z.string().regex(RECEIPT_SHAPE));
