// Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return) as a formula. Every
// CSV the product writes passes its text through csvSafe, as OWASP's CSV injection guidance says: such a
// cell is prefixed with an apostrophe, which the spreadsheet shows as plain text. Plain numbers (-3, -2,5)
// are left as they are, so figures stay figures.

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?\d+([.,]\d+)?$/;

export function csvSafe(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}
