import type { ErrorRequestHandler } from 'express';
import { logger } from '../modules/common/logger';

/**
 * Transport failures (bad JSON, oversized body, broken multipart) answered as GraphQL-shaped JSON,
 * never Express's HTML page or a stack trace.
 */
interface HttpError {
  status?: number;
  statusCode?: number;
  expose?: boolean;
  message?: string;
}

export const jsonErrorHandler: ErrorRequestHandler = (raw, _req, res, _next) => {
  const error = raw as HttpError | undefined;
  const status = Number(error?.status ?? error?.statusCode) || 500;
  const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
  if (status >= 500) logger.error('request failed', error);
  const message =
    status === 413
      ? 'The request body is too large'
      : status < 500 && error?.expose !== false
        ? String(error?.message ?? 'Bad request')
        : 'Internal server error';
  if (res.headersSent) return;
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};
