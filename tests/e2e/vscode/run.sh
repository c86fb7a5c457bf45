#!/usr/bin/env bash
# The slow end-to-end scenario in real VS Code (code-server): installs its tools where they are missing
# (about 4 minutes the first time), then runs the scenario from the checkout and from the packaged .vsix.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bash "$here/install.sh"
exec bash "$here/run-scenario.sh" "$@"
