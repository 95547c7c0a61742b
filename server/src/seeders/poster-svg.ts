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

/** Breaks a title into lines of at most `width` characters, on word boundaries. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.slice(0, 5);
}

/** A 500x750 poster drawn from the title, year and genre colours; no artwork is copied. */
export function posterSvg(title: string, year: number, genres: string[], director: string | null): string {
  const colours = (genres.length ? genres : ['Drama']).map((g) => GENRE_COLOURS[g] ?? '#4a5568');
  const stops = colours
    .map((c, i) => `<stop offset="${colours.length === 1 ? 0 : i / (colours.length - 1)}" stop-color="${c}"/>`)
    .join('');
  const titleLines = wrap(title, 16)
    .map((line, i) => `<text x="40" y="${420 + i * 52}" font-size="46" font-weight="700">${escapeXml(line)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="500" height="750" viewBox="0 0 500 750" role="img" aria-label="${escapeXml(title)} (${year})">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">${stops}</linearGradient></defs>
<rect width="500" height="750" fill="url(#g)"/>
<circle cx="380" cy="170" r="120" fill="#ffffff" opacity="0.12"/>
<rect x="40" y="360" width="80" height="6" fill="#ffffff" opacity="0.8"/>
<g fill="#ffffff" font-family="Helvetica, Arial, sans-serif">${titleLines}
<text x="40" y="690" font-size="28" opacity="0.85">${year}${director ? ` · ${escapeXml(director)}` : ''}</text>
<text x="40" y="90" font-size="20" letter-spacing="4" opacity="0.75">${escapeXml(genres.slice(0, 3).join(' · ').toUpperCase())}</text></g>
</svg>`;
}
