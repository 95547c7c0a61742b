import 'reflect-metadata';

// Tests assert on behaviour, not on log lines: keep the output readable.
process.env.LOG_LEVEL ??= 'error';
process.env.AWS_SDK_JS_SUPPRESS_NODE_VERSION_WARNING ??= '1';
