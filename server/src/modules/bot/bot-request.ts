import { searchable } from '../common/text';

export type BotIntentName = 'SEARCH' | 'MORE' | 'SUMMARY' | 'CHAT' | 'OFF_TOPIC' | 'FOR_ME';

/** What a message asks for, before any name is looked up in the catalogue. */
export interface BotRequest {
  intent: BotIntentName;
  genres: string[];
  yearFrom?: number;
  yearTo?: number;
  actor?: string;
  director?: string;
  likeTitle?: string;
  /** "like Alien but newer": only films after (or before) the one named. */
  likeWhen?: 'newer' | 'older';
  /** A bare name ("Tom Hanks", "kubrick"): a person, whichever their role, if the catalogue knows them. */
  name?: string;
  keywords: string[];
  /** "not horror", "no musicals". */
  excludeGenres: string[];
  /** "without Harrison Ford". */
  excludePeople: string[];
}

/** Common names of our genres; each pattern runs on lower-cased, accent-free text. */
const GENRE_WORDS: Array<[RegExp, string[]]> = [
  [/\bsci[ -]?fi\b|\bscience[ -]fiction\b|\bspace\b|\bfuturistic\b/, ['Science Fiction']],
  [/\bromcoms?\b|\bromantic comed(y|ies)\b/, ['Romance', 'Comedy']],
  [/\banimated\b|\banimation\b|\bcartoons?\b|\banime\b/, ['Animation']],
  [/\bhorror\b|\bscary\b|\bfrightening\b/, ['Horror']],
  [/\bcomed(y|ies)\b|\bfunny\b|\bhilarious\b/, ['Comedy']],
  [/\bthrillers?\b|\bsuspense(ful)?\b/, ['Thriller']],
  [/\bwar\b/, ['War']],
  [/\bwesterns?\b|\bcowboys?\b/, ['Western']],
  [/\bmusicals?\b|\bmusic\b/, ['Music']],
  [/\bdocumentar(y|ies)\b|\bdocs?\b/, ['Documentary']],
  [/\bfamily\b|\bkids?\b|\bchildren\b/, ['Family']],
  [/\bfantasy\b|\bmagic(al)?\b/, ['Fantasy']],
  [/\bmyster(y|ies)\b|\bwhodunn?its?\b|\bdetective\b/, ['Mystery']],
  [/\bcrime\b|\bgangsters?\b|\bmob\b|\bmafia\b|\bheists?\b/, ['Crime']],
  [/\baction\b/, ['Action']],
  [/\badventures?\b/, ['Adventure']],
  [/\bdramas?\b|\bdramatic\b/, ['Drama']],
  [/\bhistor(y|ical)\b|\bperiod pieces?\b/, ['History']],
  [/\bromance\b|\bromantic\b|\blove stor(y|ies)\b/, ['Romance']],
];

const DECADE_WORDS: Record<string, number> = {
  twenties: 1920,
  thirties: 1930,
  forties: 1940,
  fifties: 1950,
  sixties: 1960,
  seventies: 1970,
  eighties: 1980,
  nineties: 1990,
};

const NAME = "([a-z][a-z'.-]*(?: [a-z0-9][a-z0-9'.-]*){0,3})";
const NAME_END =
  '(?=$|[,.!?;]| from | in | before | after | since | released| please| that| who| but| and (?:from|in|before|after))';

/** "not horror", "no musicals", "without Harrison Ford", "but not Nolan", "I don't want anything scary". */
const NEGATION = new RegExp(
  `\\b(?:but not|not|no|without|except|excluding|nothing|(?:i )?(?:don'?t|do not) want(?: any| anything)?) ${NAME}(?=$|[,.!?;]| and | or | but | from | in | before | after | please)`,
  'g',
);

/** The genres a phrase names, by the same patterns as the rest of the message. */
function genresIn(phrase: string): string[] {
  return GENRE_WORDS.filter(([pattern]) => pattern.test(phrase)).flatMap(([, genres]) => genres);
}

const STOP_WORDS = new Set(
  'a an the some any me us i you we my our to for of and or in on at with by from please can could would should will do does show give find recommend recommendations recommendation suggest suggestions suggestion want like love looking look watch watching tonight good great best top movie movies film films flick flicks something anything about one ones is are was were be that this those these what which there here made released'.split(
    ' ',
  ),
);

function yearRange(text: string): Pick<BotRequest, 'yearFrom' | 'yearTo'> {
  let match = /\bbetween (\d{4}) and (\d{4})\b/.exec(text);
  if (match) return { yearFrom: Math.min(+match[1], +match[2]), yearTo: Math.max(+match[1], +match[2]) };
  match = /\b(?:(19|20)(\d)0|'?(\d)0)'?s\b/.exec(text);
  if (match) {
    const start = match[1]
      ? Number(`${match[1]}${match[2]}0`)
      : Number(match[3]) >= 3
        ? 1900 + Number(match[3]) * 10
        : 2000 + Number(match[3]) * 10;
    return { yearFrom: start, yearTo: start + 9 };
  }
  const decadeWord = Object.keys(DECADE_WORDS).find((word) => text.includes(word));
  if (decadeWord) return { yearFrom: DECADE_WORDS[decadeWord], yearTo: DECADE_WORDS[decadeWord] + 9 };
  const range: Pick<BotRequest, 'yearFrom' | 'yearTo'> = {};
  if ((match = /\b(?:from|since) (\d{4})\b/.exec(text))) range.yearFrom = Number(match[1]);
  if ((match = /\b(?:after|newer than) (\d{4})\b/.exec(text))) range.yearFrom = Number(match[1]) + 1;
  if ((match = /\b(?:before|older than|pre) (\d{4})\b/.exec(text))) range.yearTo = Number(match[1]) - 1;
  if ((match = /\buntil (\d{4})\b/.exec(text))) range.yearTo = Number(match[1]);
  if (
    range.yearFrom === undefined &&
    range.yearTo === undefined &&
    (match = /\b(?:in )?((?:19|20)\d{2})\b/.exec(text))
  ) {
    return { yearFrom: Number(match[1]), yearTo: Number(match[1]) };
  }
  return range;
}

/** Understands a message by rules alone: deterministic, no key, no network. */
export function parseBotRequest(message: string): BotRequest {
  const text = searchable(message).replace(/[“”"]/g, '');
  const request: BotRequest = {
    intent: 'SEARCH',
    genres: [],
    keywords: [],
    excludeGenres: [],
    excludePeople: [],
  };
  if (
    /\b(what|which)\b.*\b(shown|showed|show me so far|recommended|suggested|given)\b|\bsummar(y|ise|ize)\b|\brecap\b/.test(
      text,
    )
  ) {
    return { ...request, intent: 'SUMMARY' };
  }
  if (
    /^(show me |give me |any |some )?(more|another|others|next|something else)\b|\bmore (like (that|those|these)|please|of (that|those|these))\b/.test(
      text,
    )
  ) {
    return { ...request, intent: 'MORE' };
  }
  let rest = text;
  // Lazy: "like Alien but newer" names Alien.
  const like = new RegExp(`\\b(?:like|similar to) ${NAME.replace('{0,3})', '{0,3}?)')}${NAME_END}`).exec(rest);
  if (like) {
    request.likeTitle = like[1];
    rest = rest.replace(like[0], ' ');
    const when = /\bbut (?:a bit |slightly |much )?(newer|more recent|recent|modern|older|earlier|classic)\b/.exec(
      rest,
    );
    if (when) {
      request.likeWhen = /older|earlier|classic/.test(when[1]) ? 'older' : 'newer';
      rest = rest.replace(when[0], ' ');
    }
  }
  // After the title is taken out: "like Blade Runner 2049" names no year.
  Object.assign(request, yearRange(rest));
  for (const negated of [...rest.matchAll(NEGATION)]) {
    const genres = genresIn(negated[1]);
    if (genres.length) request.excludeGenres.push(...genres.filter((g) => !request.excludeGenres.includes(g)));
    else if (!STOP_WORDS.has(negated[1])) request.excludePeople.push(negated[1]);
    rest = rest.replace(negated[0], ' ');
  }
  const director = new RegExp(`\\b(?:directed by|by director|from director|by) ${NAME}${NAME_END}`).exec(rest);
  if (director) {
    request.director = director[1];
    rest = rest.replace(director[0], ' ');
  }
  const actor = new RegExp(`\\b(?:starring|with|featuring|feat|actor|actress) ${NAME}${NAME_END}`).exec(rest);
  if (actor) {
    request.actor = actor[1];
    rest = rest.replace(actor[0], ' ');
  }
  for (const [pattern, genres] of GENRE_WORDS) {
    if (pattern.test(rest)) {
      for (const genre of genres) if (!request.genres.includes(genre)) request.genres.push(genre);
      rest = rest.replace(pattern, ' ');
    }
  }
  rest = rest.replace(/\b(19|20)\d{2}\b|\b\d0'?s\b/g, ' ');
  request.keywords = rest
    .split(/[^a-z0-9'-]+/)
    .filter((word) => word.length > 2 && !STOP_WORDS.has(word) && !Object.hasOwn(DECADE_WORDS, word));
  const hasCriteria =
    request.genres.length > 0 ||
    request.yearFrom !== undefined ||
    request.yearTo !== undefined ||
    Boolean(request.actor || request.director || request.likeTitle);
  if (hasCriteria) return request;
  // "What should I watch?" with nothing else: the member's own recommendations.
  if (
    /\bwhat (should|could|can|do) i (watch|see)\b|\bwhat to watch\b|\b(recommend|suggest|pick)( me)? (something|anything|a (movie|film))\b|\bfor me\b|\bsurprise me\b|\bmy taste\b/.test(
      text,
    )
  )
    return { ...request, intent: 'FOR_ME', keywords: [] };
  if (/^(hi|hello|hey|hiya|good (morning|afternoon|evening)|thanks|thank you|cheers)\b/.test(text))
    return { ...request, intent: 'CHAT', keywords: [] };
  // A few words and nothing else may be someone's name: the catalogue decides (see resolveRequest).
  const words = text.split(/[^a-z0-9'.-]+/).filter(Boolean);
  if (words.length >= 1 && words.length <= 4 && /^[a-z][a-z '.-]*$/.test(text.trim()) && !STOP_WORDS.has(words[0]))
    return { ...request, name: words.join(' '), keywords: [] };
  const aboutMovies = /\b(movies?|films?|flicks?|watch|recommend|suggest|cinema)\b/.test(text);
  if (!aboutMovies) return { ...request, intent: 'OFF_TOPIC', keywords: [] };
  return request;
}
