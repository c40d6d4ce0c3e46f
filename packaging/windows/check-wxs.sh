#!/usr/bin/env bash
# Checks wix/main.wxs as far as Linux allows: well-formed XML (xmllint), then a
# smoke MSI built with wixl (msitools), which knows no WiX UI extension and no
# sys.BUILDARCH, so those parts are left out of the smoke copy. The real MSI
# is built on Windows with cargo-wix (see packaging/README.md).
# usage: packaging/windows/check-wxs.sh PATH/TO/passwort-lotse-binary
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:?usage: check-wxs.sh BINARY}
xmllint --noout wix/main.wxs
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/packaging/icons"
cp "$bin" "$work/bin/passwort-lotse.exe"
cp LICENSE-MIT LICENSE-APACHE "$work/"
cp packaging/THIRD-PARTY-NOTICES.txt "$work/packaging/"
cp packaging/icons/passwort-lotse.ico "$work/packaging/icons/"
python3 - "$work/smoke.wxs" <<'PY'
import re, sys
s = open("wix/main.wxs", encoding="utf-8").read()
s = re.sub(r'<\?if \$\(sys.BUILDARCH\).*?<\?endif \?>', '<?define Win64 = "yes" ?>', s, flags=re.S)
s = re.sub(r'<WixVariable Id="WixUILicenseRtf"[^>]*/>|<UIRef [^>]*/>', '', s)
s = re.sub(r'(Source(?:File)?="[^"]*")', lambda m: m.group(1).replace('\\', '/'), s)
open(sys.argv[1], "w", encoding="utf-8").write(s)
PY
(cd "$work" && wixl -a x64 -D Version=0.0.0 -D CargoTargetBinDir=bin -D Platform=x64 \
  -D CargoProfile=release -o smoke.msi smoke.wxs 2>/dev/null)
# Read whole tables first: `grep -q` stops at the first match, and with
# pipefail the writer's SIGPIPE (exit 141) would fail the check at random.
properties=$(msiinfo export "$work/smoke.msi" Property)
shortcuts=$(msiinfo export "$work/smoke.msi" Shortcut)
grep -q "UpgradeCode	{6B3C2E41-8D0F-4A57-9C2E-5F1A7D3B9E20}" <<<"$properties"
grep -q "StartMenuShortcut	ProgramMenuFolder	Passwort-Lotse" <<<"$shortcuts"
echo "wix/main.wxs: well-formed, smoke MSI built, upgrade code and Start menu entry present"
