import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../__generated__';

const FIND_PEOPLE = graphql(`
  query AdminFindPeople($search: String!) {
    people(search: $search, first: 6) {
      edges {
        node {
          id
          name
          filmCount
        }
      }
    }
  }
`);

export interface PickedPerson {
  id: string;
  name: string;
}

/** Type part of a name, choose from the catalogue's people. */
export function PersonPicker({ label, onPick }: { label: string; onPick: (person: PickedPerson) => void }) {
  const [text, setText] = useState('');
  const { data } = useQuery(FIND_PEOPLE, { variables: { search: text.trim() }, skip: text.trim().length < 2 });
  const found = text.trim().length >= 2 ? (data?.people.edges ?? []) : [];
  return (
    <div className="person-picker">
      <label>
        {label} <input type="search" value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      {found.length > 0 && (
        <ul className="plain picks" aria-label={`${label}: matches`}>
          {found.map(({ node }) => (
            <li key={node.id}>
              <button
                type="button"
                onClick={() => {
                  onPick({ id: node.id, name: node.name });
                  setText('');
                }}
              >
                {node.name} <span className="meta">({node.filmCount} films)</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
