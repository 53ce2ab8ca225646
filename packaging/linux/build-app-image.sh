#!/usr/bin/env bash
# Builds the Charta app image for Linux with jpackage, and a Debian package
# from it when called with "deb".
#
# Usage: packaging/linux/build-app-image.sh [deb]
# Output: target/package/Charta/ (run target/package/Charta/bin/Charta),
#         and with "deb" also target/package/charta_<version>-1_<arch>.deb.
set -euo pipefail

usage="Usage: $0 [deb]"
build_deb=false
case "${1:-}" in
  "") ;;
  deb) build_deb=true ;;
  *) echo "Invalid argument '$1'. $usage" >&2; exit 2 ;;
esac

# Work from the project root, wherever the script is called from.
cd "$(dirname "$0")/../.."

# jpackage fails when the image folder exists already, and stale jars from an
# earlier build would end up on the class path.
rm -rf target/app-libs target/package

mvn -B -q package -DskipTests

# Collect the runtime class path: every runtime dependency plus the project's
# thin jar. The dependency plugin is named with its version because Maven
# 3.8.7 would otherwise use version 2.8. JavaFX comes in as the Maven jars
# (the -linux classifier ones contain the native libraries), so no JavaFX
# jmods are needed.
mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory=target/app-libs

# The thin jar is target/charta-<version>.jar. The shaded target/charta.jar
# does not match this pattern and is not used here.
shopt -s nullglob
thin_jars=(target/charta-[0-9]*.jar)
shopt -u nullglob
if [ "${#thin_jars[@]}" -ne 1 ]; then
  echo "Expected exactly one target/charta-<version>.jar, found ${#thin_jars[@]}: ${thin_jars[*]:-none}." >&2
  exit 1
fi
main_jar=$(basename "${thin_jars[0]}")
cp "${thin_jars[0]}" target/app-libs/

# 0.1.0-SNAPSHOT becomes 0.1.0~SNAPSHOT: dpkg sorts a version with "~" before
# the release 0.1.0, but one with "-SNAPSHOT" after it.
version=${main_jar#charta-}
version=${version%.jar}
app_version=${version/-/\~}

# org.charta.Launcher does not extend javafx.application.Application. Started
# from the class path, a main class that does fails with "JavaFX runtime
# components are missing".
jpackage --type app-image \
  --name Charta \
  --app-version "$app_version" \
  --vendor "The Charta authors" \
  --copyright "Copyright 2026 The Charta authors" \
  --description "Drafts a founding charter together, offline first, on Git." \
  --input target/app-libs \
  --main-jar "$main_jar" \
  --main-class org.charta.Launcher \
  --icon assets/icons/charta.png \
  --dest target/package \
  --java-options "-Dfile.encoding=UTF-8"
echo "App image: target/package/Charta (start it with target/package/Charta/bin/Charta)"

if [ "$build_deb" = true ]; then
  # Packs the app image built above. The package depends on the native
  # libraries that JavaFX loads: GTK 3 for windows, libXtst and OpenGL.
  # NOTE: without --linux-deb-maintainer the maintainer's address is <Unknown>.
  jpackage --type deb \
    --app-image target/package/Charta \
    --name Charta \
    --app-version "$app_version" \
    --vendor "The Charta authors" \
    --copyright "Copyright 2026 The Charta authors" \
    --description "Drafts a founding charter together, offline first, on Git." \
    --license-file LICENSE \
    --icon assets/icons/charta.png \
    --linux-shortcut \
    --linux-menu-group Office \
    --linux-app-category editors \
    --linux-package-deps "libgtk-3-0, libxtst6, libgl1" \
    --dest target/package
  echo "Debian package: $(ls target/package/*.deb)"
fi
