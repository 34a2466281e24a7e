#!/usr/bin/env bash
# Installs the .deb built by `./mvnw -Pinstaller package` and unpacks the portable app image, then checks each
# one the way a user would: the app starts on its data file and shows the aging list (screenshot), and the command
# line answers `relance --help`, `relance --version`, `relance demo` and `relance aging`. Removes the package at the
# end (--keep leaves it installed). Run as root (apt/dpkg), with Xvfb, xdotool and ImageMagick's import installed:
#   apt-get install -y xvfb xdotool imagemagick
#   packaging/linux/smoke-test.sh [--keep]
set -euo pipefail
cd "$(dirname "$0")/../.."
dist=target/installer/dist
out=target/installer/smoke
keep=${1:-}
mkdir -p "$out"
deb=$(ls "$dist"/relance_*.deb | head -1)
tarball=$(ls "$dist"/Relance-*-linux-x64.tar.gz | head -1)
fail() { echo "SMOKE TEST FAILED: $*" >&2; exit 1; }
step() { echo "== $*"; }

display_pid=
if [ -z "${DISPLAY:-}" ]; then
  export DISPLAY=:${SMOKE_DISPLAY:-199}
  Xvfb "$DISPLAY" -screen 0 1400x900x24 >/dev/null 2>&1 &
  display_pid=$!
  sleep 2
fi
cleanup() { [ -n "$display_pid" ] && kill "$display_pid" 2>/dev/null || true; }
trap cleanup EXIT

# $1: launcher, $2: label (deb, app-image)
check() {
  local relance=$1 label=$2 data help version aging app line
  data=$(mktemp -d "/tmp/relance-smoke-$label.XXXXXX")

  step "$label: $relance --help"
  help=$("$relance" --help) || fail "$label: --help exited with $?"
  grep -q "Usage: relance" <<<"$help" || fail "$label: --help printed no usage"
  grep -q "aging" <<<"$help" || fail "$label: --help lists no aging command"
  version=$("$relance" --version) || fail "$label: --version exited with $?"
  echo "$version"
  grep -Eq "^Relance [0-9]" <<<"$version" || fail "$label: --version printed '$version'"

  step "$label: demo data and the aging list, headless"
  "$relance" --data-dir "$data" demo || fail "$label: demo exited with $?"
  [ -f "$data/relance.mv.db" ] || fail "$label: no data file in $data"
  aging=$("$relance" --data-dir "$data" aging --top 5) || fail "$label: aging exited with $?"
  echo "$aging" | head -8
  grep -q "€" <<<"$aging" || fail "$label: the aging list shows no amount"

  step "$label: the desktop app on that data file"
  # RELANCE_STARTUP_PROBE=stay prints a line once the aging list's rows are laid out and leaves the app open: the
  # screenshot is taken on that line (a fixed wait caught the window before it was painted on a loaded machine).
  RELANCE_STARTUP_PROBE=stay "$relance" --data-dir "$data" >"$out/$label-app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 180); do
    grep -q 'STARTUP-PROBE aging rows shown' "$out/$label-app.log" && break
    kill -0 "$app" 2>/dev/null || fail "$label: the app ended at start-up: $(tail -5 "$out/$label-app.log")"
    sleep 1
  done
  grep -q 'STARTUP-PROBE aging rows shown' "$out/$label-app.log" || fail "$label: no aging rows shown after 180 s"
  xdotool search --name '^Relance$' >/dev/null 2>&1 || fail "$label: no window named Relance"
  sleep 1 # the rows are painted right after the layout pulse that reported them
  import -display "$DISPLAY" -window root "$out/$label-window.png"
  # A black or blank capture means nothing was painted: the screenshot must show more than a handful of colours.
  colours=$(convert "$out/$label-window.png" -format '%k' info:)
  [ "$colours" -gt 16 ] || fail "$label: the screenshot shows $colours colours (nothing painted?)"
  grep -q "Data file $data/relance.mv.db" "$data/logs/relance.log" || fail "$label: the log does not name the data file"
  kill "$app"; wait "$app" 2>/dev/null || true
  echo "screenshot: $out/$label-window.png ($colours colours)"

  step "$label: start-up probe (window, aging rows shown, clean exit)"
  line=$(RELANCE_STARTUP_PROBE=1 timeout 180 "$relance" --data-dir "$data" 2>/dev/null | grep 'STARTUP-PROBE') \
    || fail "$label: the probe run did not show the aging rows"
  echo "$line"
  grep -q "aging rows shown" <<<"$line" || fail "$label: $line"
  rm -rf "$data"
}

step "install $deb"
# A desktop system has these menu folders; a minimal container lacks them (the menu entry is then skipped).
mkdir -p /usr/share/applications /usr/share/desktop-directories
# As a user would: apt installs the package and what it depends on (xdg-utils for the menu entry).
apt-get install -y "./$deb" || { dpkg -i "$deb" || apt-get install -f -y; }
dpkg -s relance | grep -q "^Status: install ok installed" || fail "the package is not installed"
[ -x /opt/relance/bin/Relance ] || fail "no /opt/relance/bin/Relance"
[ "$(readlink /usr/bin/relance)" = /opt/relance/bin/Relance ] || fail "no relance command on the PATH"
ls /opt/relance/lib/app/LICENSE.txt /opt/relance/lib/app/THIRD-PARTY-NOTICES.txt >/dev/null
desktop=$(ls /usr/share/applications/relance*.desktop 2>/dev/null || ls /opt/relance/lib/*.desktop)
grep -q "^Exec=/opt/relance/bin/Relance" $desktop || fail "no desktop entry"
check relance deb

step "portable app image $tarball"
image=$(mktemp -d /tmp/relance-app-image.XXXXXX)
tar -xzf "$tarball" -C "$image"
check "$image/Relance/bin/Relance" app-image
rm -rf "$image"

if [ "$keep" != --keep ]; then
  step "remove the package"
  dpkg -r relance
  [ ! -e /usr/bin/relance ] || fail "/usr/bin/relance left after removal"
  [ ! -e /opt/relance/bin/Relance ] || fail "/opt/relance left after removal"
fi
echo "SMOKE TEST PASSED: deb and app image"
