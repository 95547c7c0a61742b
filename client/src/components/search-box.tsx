import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../__generated__';
import { HighlightText } from './highlight-text';

const SUGGESTIONS_QUERY = graphql(`
  query SearchSuggestions($query: String!) {
    search(query: $query, first: 8) {
      __typename
      ... on MovieHit {
        highlight
        movie {
          id
          releaseYear
        }
      }
      ... on PersonHit {
        highlight
        person {
          id
          directedCount
          actedInCount
        }
      }
    }
  }
`);

/** Waits until typing pauses before asking the server. */
function useDebounced(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The search field with suggestions, after the WAI-ARIA combobox pattern (list autocomplete):
 * arrows move through the films and people suggested, Enter opens the one chosen (or searches the
 * grid when none is), Escape closes the list.
 */
export function SearchBox({ initial, onSearch }: { initial: string; onSearch: (text: string) => void }) {
  const [text, setText] = useState(initial);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const navigate = useNavigate();
  const listId = useId();
  const query = useDebounced(text.trim(), 150);
  const { data, previousData } = useQuery(SUGGESTIONS_QUERY, {
    variables: { query },
    skip: query.length < 2,
  });
  const hits = query.length < 2 ? [] : ((data ?? previousData)?.search ?? []);
  const expanded = open && hits.length > 0;
  // The URL's search changed (back button, a link): show it. A new query starts unselected.
  const [shown, setShown] = useState({ initial, query });
  if (shown.initial !== initial || shown.query !== query) {
    if (shown.initial !== initial) setText(initial);
    setActive(-1);
    setShown({ initial, query });
  }

  const linkOf = (hit: (typeof hits)[number]) =>
    hit.__typename === 'MovieHit' ? `/movies/${hit.movie.id}` : `/people/${hit.person.id}`;
  const choose = (index: number) => {
    setOpen(false);
    void navigate(linkOf(hits[index]));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!hits.length) return;
      event.preventDefault();
      setOpen(true);
      // -1 is the field itself: the arrows cycle through it and the suggestions.
      const last = hits.length - 1;
      const down = event.key === 'ArrowDown';
      setActive((current) => (down ? (current >= last ? -1 : current + 1) : current <= -1 ? last : current - 1));
    } else if (event.key === 'Escape') {
      if (expanded) event.preventDefault();
      setOpen(false);
      setActive(-1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (expanded && active >= 0 && active < hits.length) choose(active);
      else {
        setOpen(false);
        onSearch(text.trim());
      }
    }
  };

  return (
    <div className="search-box">
      <input
        name="q"
        type="search"
        role="combobox"
        aria-label="Search"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        placeholder="Search titles, people, plots"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label="Suggestions" className="suggestions" hidden={!expanded}>
        {hits.map((hit, index) => (
          <li
            key={linkOf(hit)}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            // Before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(index);
            }}
          >
            <HighlightText html={hit.highlight} />
            <span className="meta">
              {hit.__typename === 'MovieHit'
                ? ` · film, ${hit.movie.releaseYear}`
                : ` · ${hit.person.directedCount >= hit.person.actedInCount ? 'director' : 'actor'}`}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
