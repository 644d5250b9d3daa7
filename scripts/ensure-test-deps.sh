#!/usr/bin/env bash
# Installs what the tests need beyond npm: Debian's Chromium (browser tests drive
# /usr/bin/chromium through playwright-core; browsers are never downloaded) and
# a CJK font so Chinese renders in screenshots, and LibreOffice Calc (headless),
# which opens the generated summary workbooks in a test as the office would,
# and poppler to read the pages it prints.
# Does nothing when all are present.
set -euo pipefail

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'wenquanyi\|wqy' || need+=(fonts-wqy-microhei fontconfig)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
# pdftotext and pdftoppm: look at the PDF LibreOffice prints of the summary workbook (its charts).
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
[ ${#need[@]} -eq 0 ] && exit 0

echo "ensure-test-deps: installing ${need[*]} (Debian packages)" >&2
sudo=''
[ "$(id -u)" -eq 0 ] || sudo='sudo'
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
