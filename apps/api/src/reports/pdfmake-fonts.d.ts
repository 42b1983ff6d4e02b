// pdfmake's list of its bundled Roboto font files (absolute paths); the package ships no types for it.
declare module 'pdfmake/fonts/Roboto.js' {
  const fonts: { Roboto: { normal: string; bold: string; italics: string; bolditalics: string } };
  export default fonts;
}
