import { describe, expect, it } from 'vitest';
import { makeReceipt, normaliseReceipt, receiptCodeSchema } from './receipt';

describe('receipts', () => {
  it('has the readable shape PREFIX-XXXX-XXXX without look-alike letters', () => {
    for (let i = 0; i < 200; i++) expect(makeReceipt('ERF')).toMatch(/^ERF-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('is deterministic for given random bytes', () => {
    expect(makeReceipt('ERF', new Uint8Array([0, 1, 2, 3, 31, 32, 33, 255]))).toBe('ERF-0123-Z01Z');
  });

  it('normalises what people type', () => {
    expect(normaliseReceipt('erf 4k7q m2xd')).toBe('ERF-4K7Q-M2XD');
    expect(normaliseReceipt('ERF-4K7Q-M2XO')).toBe('ERF-4K7Q-M2X0');
  });
});

describe('the receipt code a person types', () => {
  it('is read as a receipt when it has a prefix and eight symbols, however it is spaced or cased', () => {
    expect(receiptCodeSchema.safeParse(' erf 4k7q-m2xd ').data).toBe('ERF-4K7Q-M2XD');
    expect(receiptCodeSchema.safeParse('XYZ-12').success).toBe(false);
    expect(receiptCodeSchema.safeParse('').success).toBe(false);
  });
});

describe('receipts typed on other keyboards', () => {
  it('reads Arabic-Indic and Persian digits and Cyrillic look-alike capitals', () => {
    expect(normaliseReceipt('erf ٤k٧q m٢xd')).toBe('ERF-4K7Q-M2XD');
    expect(normaliseReceipt('ERF-۴K۷Q-M۲XD')).toBe('ERF-4K7Q-M2XD');
    // Е, К, М and Х below are Cyrillic.
    expect(normaliseReceipt('ЕRF-4К7Q-М2Хd')).toBe('ERF-4K7Q-M2XD');
    expect(normaliseReceipt('еrf-4к7q-м2хd')).toBe('ERF-4K7Q-M2XD');
  });
});
