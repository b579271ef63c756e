/** The part of fontverter (v2, untyped) that host/export-fonts.ts uses: converts between font containers. */
declare module 'fontverter' {
  export type FontFormat = 'sfnt' | 'truetype' | 'woff' | 'woff2';
  export function convert(buffer: Buffer, toFormat: FontFormat, fromFormat?: FontFormat): Promise<Buffer>;
}
