#!/usr/bin/env bash
# Installs Debian's Chromium for SwaggerUiBrowserTest (which fails, not skips, when CI sets INKWELL_REQUIRE_BROWSER=1).
# Idempotent: does nothing when /usr/bin/chromium is already there. Needs root and Debian's package mirrors.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
