#!/usr/bin/env bash
# Installs Debian's Chromium and Firefox ESR for the e2e tests when they are missing (never a browser
# downloaded by a test tool). Needs root or sudo, as on the CI and development machines.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/firefox-esr ] || need+=(firefox-esr)
if [ ${#need[@]} -eq 0 ]; then
  echo "browsers: /usr/bin/chromium and /usr/bin/firefox-esr are installed"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "browsers: installing ${need[*]} from Debian"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "browsers: done"
