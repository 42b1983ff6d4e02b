// pdfmake's list of its bundled Roboto font files (absolute paths); the package ships no types for it.
declare module 'pdfmake/fonts/Roboto.js' {
  const fonts: { Roboto: { normal: string; bold: string; italics: string; bolditalics: string } };
  export default fonts;
}

// pdfmake's layout and drawing classes, which report-pdf-tags.ts extends to tag the PDF's content.
declare module 'pdfmake/js/LayoutBuilder.js';
declare module 'pdfmake/js/ElementWriter.js';
declare module 'pdfmake/js/Renderer.js';
