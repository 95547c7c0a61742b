import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../__generated__';
import { ErrorMessage } from '../components/error-message';
import { AdminLayout } from './admin-layout';

const PEOPLE = graphql(`
  query AdminPeopleList($search: String, $after: String) {
    people(search: $search, first: 25, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
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
const RENAME = graphql(`
  mutation AdminRenamePerson($id: ID!, $name: String!) {
    updatePerson(id: $id, name: $name) {
      id
      name
    }
  }
`);
const MERGE = graphql(`
  mutation AdminMergePeopleForm($keepId: ID!, $mergeIds: [ID!]!) {
    mergePeople(keepId: $keepId, mergeIds: $mergeIds) {
      id
      name
      filmCount
    }
  }
`);

/** People: search, correct a name, and merge spellings of one person (choose several, then the one to keep). */
export function AdminPeople() {
  const [search, setSearch] = useState('');
  const { data, error, fetchMore } = useQuery(PEOPLE, { variables: { search: search || null } });
  const [rename, renaming] = useMutation(RENAME);
  const [merge, merging] = useMutation(MERGE, { refetchQueries: ['AdminPeopleList'] });
  const [chosen, setChosen] = useState<Array<{ id: string; name: string }>>([]);
  const failed = error ?? renaming.error ?? merging.error;
  const people = data?.people;
  return (
    <AdminLayout title="People">
      <label>
        Search <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
      </label>
      {failed && <ErrorMessage error={failed} />}
      {people && <p className="meta">{people.totalCount} people</p>}
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">Merge</th>
            <th scope="col">Name</th>
            <th scope="col">Films</th>
          </tr>
        </thead>
        <tbody>
          {people?.edges.map(({ node }) => (
            <tr key={node.id}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Choose ${node.name} (${node.id})`}
                  checked={chosen.some((person) => person.id === node.id)}
                  onChange={(event) =>
                    setChosen(
                      event.target.checked
                        ? [...chosen, { id: node.id, name: node.name }]
                        : chosen.filter((person) => person.id !== node.id),
                    )
                  }
                />
              </td>
              <td>
                <input
                  aria-label={`Name of person ${node.id}`}
                  defaultValue={node.name}
                  onBlur={(event) => {
                    const name = event.target.value.trim();
                    if (name && name !== node.name)
                      void rename({ variables: { id: node.id, name } }).catch(() => undefined);
                  }}
                />{' '}
                <Link to={`/people/${node.id}`}>page</Link>
              </td>
              <td>{node.filmCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {people?.pageInfo.hasNextPage && (
        <button type="button" onClick={() => void fetchMore({ variables: { after: people.pageInfo.endCursor } })}>
          More people
        </button>
      )}
      {chosen.length > 1 && (
        <div className="merge-bar" role="group" aria-label="Merge people">
          Keep{' '}
          {chosen.map((keep) => (
            <button
              key={keep.id}
              type="button"
              onClick={() =>
                void merge({
                  variables: {
                    keepId: keep.id,
                    mergeIds: chosen.filter((person) => person.id !== keep.id).map((p) => p.id),
                  },
                })
                  .then(() => setChosen([]))
                  .catch(() => undefined)
              }
            >
              {keep.name} ({keep.id})
            </button>
          ))}{' '}
          and merge the others into it
        </div>
      )}
    </AdminLayout>
  );
}
