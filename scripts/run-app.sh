#!/usr/bin/env bash
# Sets up, builds and starts Shortlist on its bundled sample library (the README's first command).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/setup.sh"
exec "$here/build/bin/shortlist" "$here/resources/samples" "$@"
