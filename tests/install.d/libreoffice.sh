#!/usr/bin/env bash
# LibreOffice Writer without a GUI (apt), to open exported Word documents headless (tests/suites.d/word-office.sh).
set -euo pipefail
if ! dpkg-query -W -f='${Status}' libreoffice-writer-nogui 2>/dev/null | grep -q "install ok installed"; then
  sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui
fi
soffice --version | head -1
