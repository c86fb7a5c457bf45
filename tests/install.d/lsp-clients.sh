#!/usr/bin/env bash
# Neovim, Emacs with eglot (apt) and the scripted Node client (npm) for the LSP end-to-end runs.
exec bash "$(dirname "${BASH_SOURCE[0]}")/../e2e/install.sh"
