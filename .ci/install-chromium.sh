#!/usr/bin/env bash
# Installs Debian's Chromium and its chromedriver for the browser tests (SwaggerUiBrowserTest, through
# src/test/java/inkwell/Browser.java), which fail, not skip, when CI sets INKWELL_REQUIRE_BROWSER=1.
# Idempotent: does nothing when both /usr/bin/chromium and /usr/bin/chromedriver are there. Needs root and Debian's
# package mirrors.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then exit 0; fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
