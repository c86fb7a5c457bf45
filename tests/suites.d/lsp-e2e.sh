#!/usr/bin/env bash
# The language server driven by real clients: a Node client, Neovim 0.7 and Emacs 28 with eglot.
exec bash "$(dirname "${BASH_SOURCE[0]}")/../e2e/run.sh"
