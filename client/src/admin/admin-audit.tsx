import { useQuery } from '@apollo/client/react';
import { graphql } from '../__generated__';
import { ErrorMessage } from '../components/error-message';
import { AdminLayout } from './admin-layout';

const AUDIT = graphql(`
  query AdminAuditLog($after: String) {
    auditLog(first: 50, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          action
          targetType
          targetId
          reason
          before
          after
          createdAt
          actor {
            id
            username
          }
        }
      }
    }
  }
`);

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const summary = (value: unknown) => (value ? JSON.stringify(value) : '—');

/** Every admin change, newest first: who, what, when, before and after. */
export function AdminAudit() {
  const { data, error, fetchMore } = useQuery(AUDIT, { fetchPolicy: 'cache-and-network' });
  const log = data?.auditLog;
  return (
    <AdminLayout title="Audit log">
      {error && <ErrorMessage error={error} />}
      <table className="admin-table audit">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {log?.edges.map(({ node }) => (
            <tr key={node.id}>
              <td>{when.format(new Date(String(node.createdAt)))}</td>
              <td>{node.actor?.username ?? 'a deleted account'}</td>
              <td>
                {node.action} {node.targetType} {node.targetId}
                {node.reason && <span className="meta"> — {node.reason}</span>}
              </td>
              <td>
                <code>{summary(node.before)}</code>
              </td>
              <td>
                <code>{summary(node.after)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {log?.pageInfo.hasNextPage && (
        <button type="button" onClick={() => void fetchMore({ variables: { after: log.pageInfo.endCursor } })}>
          Older changes
        </button>
      )}
    </AdminLayout>
  );
}
