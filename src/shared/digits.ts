// Phones with an Arabic or Persian keyboard type Arabic-Indic (٠-٩) or Eastern Arabic-Indic (۰-۹) digits.
// Numbers that people dial or read out (phone numbers, receipts) are stored with 0-9.

const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;

/** Arabic-Indic and Persian digits as 0-9; everything else unchanged. */
export function asciiDigits(input: string): string {
  return input.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code - (code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO));
  });
}

// Cyrillic capitals that look like the Latin ones a receipt can contain: someone with a Russian or
// Ukrainian keyboard types ЕRF-4К7Q without noticing.
const CYRILLIC_LOOKALIKES: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', З: '3',
};

/** Cyrillic look-alike capitals as their Latin twins (call after toUpperCase). */
export function latinLookalikes(input: string): string {
  return input.replace(/[АВЕКМНОРСТХУЗ]/g, (letter) => CYRILLIC_LOOKALIKES[letter] ?? letter);
}
