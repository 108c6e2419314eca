// Types for fontkit (it ships none): only what fonts.ts calls. A fontkit font is handed to pdfkit's
// registerFont as is (pdfkit 0.20 accepts any object with a layout method), so it is parsed once.
declare module 'fontkit' {
  export interface Font {
    readonly postscriptName: string;
    layout(text: string): unknown;
  }
  export function create(buffer: Uint8Array): Font;
}
