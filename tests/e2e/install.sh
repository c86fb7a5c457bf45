#!/usr/bin/env bash
# Installs the real LSP clients the end-to-end checks drive (Debian 12; apt and npm only):
#   apt  neovim (0.7), emacs-nox (28) and elpa-eglot (1.9)
#   npm  node/ (vscode-languageserver-protocol 3.18.5, pinned by node/package-lock.json)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
need=()
for p in neovim emacs-nox elpa-eglot; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [[ ${#need[@]} -gt 0 ]]; then
  sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${need[@]}"
fi
(cd "$here/node" && npm ci --no-audit --no-fund --loglevel=error)
nvim --version | head -1
emacs --version | head -1
