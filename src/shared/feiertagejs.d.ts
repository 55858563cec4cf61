// feiertagejs 1.5 declares its functions in index.d.ts but does not export them; this adds the one we use.
declare module 'feiertagejs' {
  export function getHolidays(
    year: number | string,
    region: HolidayRegion,
  ): { name: string; date: Date; dateString: string; translate(lang?: string): string | undefined }[];
  /** Two-letter German state code (TH = Thüringen), or BUND / ALL. */
  export type HolidayRegion =
    | 'BW' | 'BY' | 'BE' | 'BB' | 'HB' | 'HE' | 'HH' | 'MV' | 'NI' | 'NW' | 'RP' | 'SL' | 'SN' | 'ST' | 'SH' | 'TH' | 'BUND' | 'ALL';
}
