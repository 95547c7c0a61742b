import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../__generated__';
import { ErrorMessage } from '../components/error-message';
import { AdminLayout } from './admin-layout';

const USERS = graphql(`
  query AdminUsers($search: String, $after: String) {
    users(search: $search, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          username
          isAdmin
          isActive
          createdAt
        }
      }
    }
  }
`);
const ROLE = graphql(`
  mutation AdminSetRole($userId: ID!, $isAdmin: Boolean!) {
    setUserRole(userId: $userId, isAdmin: $isAdmin) {
      id
      isAdmin
    }
  }
`);
const DEACTIVATE = graphql(`
  mutation AdminDeactivateForm($userId: ID!) {
    deactivateUser(userId: $userId) {
      id
      isActive
    }
  }
`);
const REACTIVATE = graphql(`
  mutation AdminReactivateForm($userId: ID!) {
    reactivateUser(userId: $userId) {
      id
      isActive
    }
  }
`);

/** Accounts: make or unmake admins, deactivate and reactivate (the last admin stays). */
export function AdminUsers() {
  const [search, setSearch] = useState('');
  const { data, error, fetchMore } = useQuery(USERS, { variables: { search: search || null } });
  const [setRole, roleState] = useMutation(ROLE);
  const [deactivate, deactivateState] = useMutation(DEACTIVATE);
  const [reactivate, reactivateState] = useMutation(REACTIVATE);
  const failed = error ?? roleState.error ?? deactivateState.error ?? reactivateState.error;
  return (
    <AdminLayout title="Users">
      <label>
        Search <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
      </label>
      {failed && <ErrorMessage error={failed} />}
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">Username</th>
            <th scope="col">Admin</th>
            <th scope="col">Account</th>
          </tr>
        </thead>
        <tbody>
          {data?.users.edges.map(({ node }) => (
            <tr key={node.id}>
              <td>{node.username}</td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${node.username} is an admin`}
                  checked={node.isAdmin}
                  onChange={(event) =>
                    void setRole({ variables: { userId: node.id, isAdmin: event.target.checked } }).catch(
                      () => undefined,
                    )
                  }
                />
              </td>
              <td>
                {node.isActive ? (
                  <button
                    type="button"
                    className="danger"
                    onClick={() => void deactivate({ variables: { userId: node.id } }).catch(() => undefined)}
                  >
                    Deactivate
                  </button>
                ) : (
                  <button
                    type="button"
                    onClick={() => void reactivate({ variables: { userId: node.id } }).catch(() => undefined)}
                  >
                    Reactivate
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {data?.users.pageInfo.hasNextPage && (
        <button type="button" onClick={() => void fetchMore({ variables: { after: data.users.pageInfo.endCursor } })}>
          More users
        </button>
      )}
    </AdminLayout>
  );
}
