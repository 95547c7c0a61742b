import type { Context } from '../../context';
import type { Viewer } from './viewer';
import { forbidden, unauthenticated } from '../common/errors';

export function requireViewer(ctx: Context): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

export function requireAdmin(ctx: Context): Viewer {
  const viewer = requireViewer(ctx);
  if (!viewer.isAdmin) throw forbidden('Only admins can do that');
  return viewer;
}
