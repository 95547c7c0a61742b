/** Genre colours for generated posters; unknown genres fall back to slate. */
const GENRE_COLOURS: Record<string, string> = {
  Action: '#c0392b',
  Adventure: '#d35400',
  Animation: '#16a085',
  Comedy: '#f1c40f',
  Crime: '#2c3e50',
  Documentary: '#7f8c8d',
  Drama: '#8e44ad',
  Family: '#27ae60',
  Fantasy: '#6c5ce7',
  History: '#a0522d',
  Horror: '#1b1b1b',
  Music: '#e84393',
  Mystery: '#34495e',
  Romance: '#e17055',
  'Science Fiction': '#0984e3',
  Thriller: '#636e72',
  War: '#556b2f',
  Western: '#b7791f',
};

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Where text may go: 40 px margins on a 500 px poster. */
const TEXT_WIDTH = 420;

/**
 * A line of text that never runs past the margin: its width is estimated generously (Helvetica's
 * widest capitals are about 0.72 em, plus letter spacing) and, when it could be too wide, the
 * renderer is told to fit it (textLength), so it fits whatever font the viewer has.
 */
function fittedText(
  text: string,
  y: number,
  size: number,
  attributes: string,
  letterSpacing = 0,
  averageEm = 0.62,
): string {
  const estimated = [...text].length * (size * averageEm + letterSpacing);
  const fit = estimated > TEXT_WIDTH ? ` textLength="${TEXT_WIDTH}" lengthAdjust="spacingAndGlyphs"` : '';
  const spacing = letterSpacing ? ` letter-spacing="${letterSpacing}"` : '';
  return `<text x="40" y="${y}" font-size="${size}"${spacing}${fit} ${attributes}>${escapeXml(text)}</text>`;
}

/** The title's initials, at most three: the poster's artwork (the card prints the title itself). */
function monogram(title: string): string {
  const words = title.split(/[^\p{L}\p{N}]+/u).filter((word) => word && !/^(the|a|an|of|and)$/i.test(word));
  return (words.length ? words : [title])
    .slice(0, 3)
    .map((word) => [...word][0]?.toUpperCase() ?? '')
    .join('');
}

/**
 * A 500x750 poster drawn from the year, genre colours and director; no artwork is copied. The
 * title is in its accessible name only: cards and the details page print it beside the poster.
 */
export function posterSvg(title: string, year: number, genres: string[], director: string | null): string {
  const colours = (genres.length ? genres : ['Drama']).map((g) => GENRE_COLOURS[g] ?? '#4a5568');
  const stops = colours
    .map((c, i) => `<stop offset="${colours.length === 1 ? 0 : i / (colours.length - 1)}" stop-color="${c}"/>`)
    .join('');
  const genreLine = genres.slice(0, 3).join(' · ').toUpperCase();
  return `<svg xmlns="http://www.w3.org/2000/svg" width="500" height="750" viewBox="0 0 500 750" role="img" aria-label="${escapeXml(title)} (${year})">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">${stops}</linearGradient></defs>
<rect width="500" height="750" fill="url(#g)"/>
<circle cx="380" cy="170" r="120" fill="#ffffff" opacity="0.12"/>
<rect x="40" y="360" width="80" height="6" fill="#ffffff" opacity="0.8"/>
<g fill="#ffffff" font-family="Helvetica, Arial, sans-serif">
${fittedText(monogram(title), 520, 150, 'font-weight="700" opacity="0.9"', 0, 0.75)}
${fittedText(`${year}${director ? ` · ${director}` : ''}`, 690, 28, 'opacity="0.85"')}
${genreLine ? fittedText(genreLine, 90, 20, 'opacity="0.75"', 4, 0.72) : ''}</g>
</svg>`;
}
