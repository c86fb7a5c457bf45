#!/usr/bin/env bash
# The CLI packed as a .NET tool, installed from the local feed and run as a CI maintainer would.
exec bash "$(dirname "${BASH_SOURCE[0]}")/../Resolint.Tests/Cli/install-as-tool.sh"
