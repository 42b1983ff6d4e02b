import { firstLines } from './excerpt';

describe('firstLines', () => {
  it.each<[string, number, number, string, boolean]>([
    ['Kort.', 100, 3, 'Kort.', false],
    ['Een.\nTwee.\nDrie.', 100, 3, 'Een.\nTwee.\nDrie.', false],
    ['Een.\n\n  Twee.  \n\nDrie.\nVier.', 100, 3, 'Een.\nTwee.\nDrie.', true],
    ['Een.\r\nTwee.', 100, 1, 'Een.', true],
    ['De werving loopt achter bij twee partners', 20, 3, 'De werving loopt…', true],
    ['Eén heel-lang-woord-zonder-spaties-erin', 12, 3, 'Eén heel-lan…', true],
    ['Zin, met komma aan het eind, en meer', 28, 3, 'Zin, met komma aan het eind…', true],
    ['   ', 100, 3, '', false],
  ])('%j within %i characters and %i lines', (text, max, lines, expected, cut) => {
    expect(firstLines(text, max, lines)).toEqual({ text: expected, cut });
  });
});
