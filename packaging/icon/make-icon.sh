#!/usr/bin/env bash
# Renders packaging/icon/steplens.svg to the 256 px PNG jpackage uses. The PNG is committed; rerun this after
# editing the SVG. Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
rsvg-convert --width 256 --height 256 --output "$here/steplens.png" "$here/steplens.svg"
echo "wrote $here/steplens.png"
