#!/usr/bin/env bash
# Mounts the .dmg built by `./mvnw -Pinstaller package`, copies Relance.app out of it as a user would, and checks
# the launcher: --help, --version, demo, aging, and the window up to the aging list (start-up probe). Used by the
# CI workflow (.github/workflows/installers.yml).
set -euo pipefail
cd "$(dirname "$0")/../.."
dmg=$(ls target/installer/dist/*.dmg | head -1)
mount=$(mktemp -d)
hdiutil attach -nobrowse -mountpoint "$mount" "$dmg"
apps=$(mktemp -d)
cp -R "$mount/Relance.app" "$apps/"
hdiutil detach "$mount"
relance="$apps/Relance.app/Contents/MacOS/Relance"
"$relance" --help | grep -q "Usage: relance"
"$relance" --version
/usr/libexec/PlistBuddy -c 'Print :CFBundleIdentifier' "$apps/Relance.app/Contents/Info.plist" | grep -qx fr.relance.app
data=$(mktemp -d)
"$relance" --data-dir "$data" demo
"$relance" --data-dir "$data" aging --top 5
RELANCE_STARTUP_PROBE=1 "$relance" --data-dir "$data" | grep 'STARTUP-PROBE aging rows shown'
echo "SMOKE TEST PASSED: dmg"
