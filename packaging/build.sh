#!/usr/bin/env bash
# Builds StepLens installers: a jlink'd Java runtime with only the modules StepLens needs (JavaFX included, its
# native libraries unpacked), a jpackage app-image with ONNX Runtime's, the tokenizer's and JNA's native libraries
# unpacked beside the jars, an AppCDS archive, and a .deb. See packaging/README.md.
#
#   packaging/build.sh                 CPU build: app-image and .deb in target/packaging/
#   packaging/build.sh --gpu           CUDA build (onnxruntime_gpu), package steplens-gpu, in target/packaging-gpu/
#                                      (--flavour cpu|gpu says the same)
#   packaging/build.sh --type app-image          stop after the app-image
#   packaging/build.sh --no-maven      reuse target/steplens.jar and target/lib (what the Maven build does)
#   packaging/build.sh --quick         no AppCDS archive, no jimage compression (CI: faster), in target/packaging-quick/
#   packaging/build.sh --check         after building, run the launcher headless (--version, info, score);
#                                      with a .deb, unpack it (dpkg-deb -x) and run the unpacked launcher
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
flavour=cpu type=deb maven=yes quick=no check=no
while [ $# -gt 0 ]; do
  case "$1" in
    --gpu) flavour=gpu ;;
    --flavour) flavour="$2"; shift ;;
    --type) type="$2"; shift ;;
    --no-maven) maven=no ;;
    --quick) quick=yes ;;
    --check) check=yes ;;
    *) echo "build.sh: unknown option $1 (see the header of $0)" >&2; exit 2 ;;
  esac
  shift
done
case "$type" in app-image|deb) ;; *) echo "build.sh: --type is app-image or deb" >&2; exit 2 ;; esac
case "$flavour" in cpu|gpu) ;; *) echo "build.sh: --flavour is cpu or gpu" >&2; exit 2 ;; esac

log() { echo "[packaging $(date +%T)] $*" >&2; }
for tool in jdeps jlink jpackage unzip zip; do
  command -v "$tool" >/dev/null || { echo "build.sh: $tool not found (JDK 17 with jpackage, unzip and zip are needed)" >&2; exit 1; }
done

if [ "$flavour" = gpu ]; then
  package=steplens-gpu ort_jar_glob='onnxruntime_gpu-[0-9]*.jar' other_ort='onnxruntime-[0-9]*.jar' profile=(-Pgpu)
else
  package=steplens ort_jar_glob='onnxruntime-[0-9]*.jar' other_ort='onnxruntime_gpu-[0-9]*.jar' profile=()
fi
if [ "$maven" = yes ]; then
  log "maven package (${flavour})"
  (cd "$root" && ./mvnw -B -q -DskipTests "${profile[@]}" package)
fi

target="$root/target"
lib="$target/lib"
[ -f "$target/steplens.jar" ] || { echo "build.sh: $target/steplens.jar missing; run without --no-maven" >&2; exit 1; }
out="$target/packaging$([ "$flavour" = gpu ] && echo -gpu || true)$([ "$quick" = yes ] && echo -quick || true)"
work="$out/work"
rm -rf "$out"
mkdir -p "$work"

# Platform folder names inside the ONNX Runtime, DJL tokenizers and JNA jars.
case "$(uname -m)" in
  x86_64) ort_os=linux-x64 djl_os=linux-x86_64 jna_os=linux-x86-64 deb_arch=amd64 ;;
  aarch64) ort_os=linux-aarch64 djl_os=linux-aarch64 jna_os=linux-aarch64 deb_arch=arm64 ;;
  *) echo "build.sh: unsupported architecture $(uname -m)" >&2; exit 1 ;;
esac

version="$(unzip -p "$target/steplens.jar" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Implementation-Version: //p')"
app_version="${version%%-*}"   # jpackage wants numbers only: 0.1.0-SNAPSHOT -> 0.1.0

# --- 1. The app folder (jpackage --input): jars without other platforms' native code, natives unpacked. -------
input="$work/input"
mkdir -p "$input/lib" "$input/native"
cp "$target/steplens.jar" "$input/"
shopt -s nullglob
ort_jars=("$lib"/$ort_jar_glob)
[ ${#ort_jars[@]} -eq 1 ] || { echo "build.sh: expected one $ort_jar_glob in $lib (build with${profile[*]:+ -Pgpu} first)" >&2; exit 1; }
for jar in "$lib"/*.jar; do
  name="$(basename "$jar")"
  case "$name" in
    javafx-*) continue ;;                  # JavaFX goes into the runtime image below
    $other_ort) continue ;;                # the other flavour's ONNX Runtime, left over from an earlier build
  esac
  cp "$jar" "$input/lib/$name"
done
strip_natives() { # jar, pattern...: remove native libraries the image ships unpacked (or does not need)
  local jar="$1"; shift
  zip -q -d "$jar" "$@" >/dev/null || true  # zip exits 12 when nothing matched
}
ort="$input/lib/$(basename "${ort_jars[0]}")"
unzip -q -j -o "$ort" "ai/onnxruntime/native/$ort_os/*" -d "$input/native"
strip_natives "$ort" 'ai/onnxruntime/native/*'
tok="$(echo "$input"/lib/tokenizers-*.jar)"
unzip -q -j -o "$tok" "native/lib/$djl_os/cpu/*" -d "$input/native"
strip_natives "$tok" 'native/lib/*.so' 'native/lib/*.dll' 'native/lib/*.dylib'
jna="$(echo "$input"/lib/jna-[0-9]*.jar)"
unzip -q -j -o "$jna" "com/sun/jna/$jna_os/libjnidispatch.so" -d "$input/native"
strip_natives "$jna" 'com/sun/jna/*/*jnidispatch*'
[ -f "$input/native/libonnxruntime.so" ] \
  && [ -f "$input/native/libtokenizers.so" ] && [ -f "$input/native/libjnidispatch.so" ] \
  || { echo "build.sh: native libraries for $ort_os missing from the jars" >&2; exit 1; }
# Samples (with their provenance) and the bundled model: the app opens samples/default.steplens.jsonl.
cp -r "$root/samples" "$input/samples"
find "$input/samples" \( -name '.steplens-cache' -o -name '__pycache__' \) -prune -exec rm -rf {} +

# --- 2. The Java runtime: JDK modules jdeps finds, plus JavaFX from its platform jars. ------------------------
fx_jars=("$lib"/javafx-*-linux*.jar)
[ ${#fx_jars[@]} -gt 0 ] || { echo "build.sh: no JavaFX platform jars (javafx-*-linux.jar) in $lib" >&2; exit 1; }
fx_path="$(IFS=:; echo "${fx_jars[*]}")"
cp_path="$(ls "$input"/lib/*.jar | paste -sd:)"
log "jdeps"
modules="$(jdeps -q --ignore-missing-deps --multi-release 17 --print-module-deps --recursive \
  --module-path "$fx_path" --class-path "$cp_path" "$input/steplens.jar" | tail -1)"
# Reached only by reflection, so jdeps cannot see them: sun.misc.Unsafe (JNA, Gson), ECDSA/locale data are not used.
modules="$modules,jdk.unsupported"
log "jlink: $modules"
jlink_opts=(--strip-debug --no-header-files --no-man-pages)
[ "$quick" = yes ] || jlink_opts+=(--compress=1)
jlink --module-path "$fx_path" --add-modules "$modules" "${jlink_opts[@]}" --output "$work/runtime"
# JavaFX looks for its libraries in the runtime's lib folder first; unpacked there, it never extracts them.
for jar in "${fx_jars[@]}"; do
  if unzip -l "$jar" '*.so' >/dev/null 2>&1; then unzip -q -j -o "$jar" '*.so' -d "$work/runtime/lib"; fi
done

# --- 3. The app-image. -----------------------------------------------------------------------------------------
java_options=(
  '-Dsteplens.home=$APPDIR'
  '-Dai.djl.offline=true'
  # native libraries from the image, never extracted at start (ONNX Runtime, DJL tokenizers, JNA)
  '-Donnxruntime.native.path=$APPDIR/native'
  '-DRUST_LIBRARY_PATH=$APPDIR/native/libtokenizers.so'
  '-Djna.boot.library.path=$APPDIR/native' '-Djna.nounpack=true'
  # a big file needs room; the share of memory rather than app/steplens's fixed -Xmx8g suits any machine
  '-XX:MaxRAMPercentage=70'
)
jp_opts=()
for o in "${java_options[@]}"; do jp_opts+=(--java-options "$o"); done
log "jpackage app-image"
jpackage --type app-image --name StepLens --app-version "$app_version" --vendor StepLens \
  --description "Inspect math solutions scored by process reward models" \
  --runtime-image "$work/runtime" --input "$input" --main-jar steplens.jar --main-class org.steplens.Main \
  --icon "$root/packaging/icon/steplens.png" "${jp_opts[@]}" --dest "$out"
image="$out/StepLens"
appdir="$image/lib/app"
launcher="$image/bin/StepLens"

# --- 4. AppCDS: a static class-data archive of the classes loaded while the window opens on the sample. ----------
# JDK 17 checks the app class path by absolute path, so the archive is dumped where the image lives: here for the
# app-image, and by the .deb's postinst under /opt. The class list it is made from is recorded here, once.
# -Xshare:auto (the default) runs without the archive when it is missing or does not match.
dump_archive() { # launcher: writes lib/app/steplens.jsa from lib/app/steplens.classlist
  local app; app="$(dirname "$(dirname "$1")")/lib/app"
  JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$app/steplens.classlist" "$1" >/dev/null 2>&1 \
    || { rm -f "$app/steplens.jsa"; log "AppCDS archive not written; the image runs without it"; }
}
if [ "$quick" = no ]; then
  log "AppCDS class list"
  record="-XX:DumpLoadedClassList=$appdir/steplens.classlist -Dsteplens.startup.probe=exit"
  if command -v xvfb-run >/dev/null; then
    JAVA_TOOL_OPTIONS="$record" timeout 300 xvfb-run -a -s '-screen 0 1366x768x24' "$launcher" >/dev/null 2>&1 || true
  fi
  if [ ! -s "$appdir/steplens.classlist" ]; then  # no display: the headless path's classes instead
    JAVA_TOOL_OPTIONS="$record" "$launcher" info "$appdir/samples/default.steplens.jsonl" >/dev/null 2>&1 || true
  fi
  if [ -s "$appdir/steplens.classlist" ]; then
    sed -i 's|^\[JavaOptions\]$|[JavaOptions]\njava-options=-XX:SharedArchiveFile=$APPDIR/steplens.jsa|' "$appdir/StepLens.cfg"
  else
    rm -f "$appdir/steplens.classlist"
    log "no AppCDS class list recorded; the image runs without an archive"
  fi
fi

check_launcher() { # launcher: runs it headless with nothing from the build machine's environment
  local exe="$1" home tmp
  tmp="$(mktemp -d)"
  home="$(dirname "$(dirname "$exe")")/lib/app"
  run() { env -i PATH=/usr/bin:/bin HOME="$tmp" XDG_CACHE_HOME="$tmp/cache" "$exe" "$@"; }
  log "check $exe"
  run --version | tee "$tmp/version.txt"
  grep -q "^StepLens $version" "$tmp/version.txt"
  grep -q "^ONNX Runtime .*($([ "$flavour" = gpu ] && echo GPU || echo CPU) build" "$tmp/version.txt"
  grep -q "^Java 17.*$(dirname "$(dirname "$exe")")/lib/runtime)" "$tmp/version.txt" \
    || { echo "build.sh: the launcher did not run on its own runtime" >&2; return 1; }
  run info "$home/samples/default.steplens.jsonl" | tee "$tmp/info.txt"
  grep -q "problems" "$tmp/info.txt"
  # scoring loads ONNX Runtime and the tokenizer from the image's native folder (nothing may land in the cache)
  cp "$home/samples/mathshepherd/samples_math-shepherd.jsonl" "$tmp/in.jsonl"
  run score "$tmp/in.jsonl" --model "$home/samples/models/tiny-prm" --device cpu -o "$tmp/out.jsonl" --no-cache >/dev/null
  [ -s "$tmp/out.jsonl" ] || { echo "build.sh: score wrote nothing" >&2; return 1; }
  if [ -d "$tmp/cache/steplens/onnxruntime" ] || [ -d "$tmp/.djl.ai" ] || [ -d "$tmp/cache/JNA" ]; then
    echo "build.sh: native libraries were extracted at run time: $(ls -R "$tmp" | head -20)" >&2; return 1
  fi
  rm -rf "$tmp"
}
finish_image() { # the local app-image gets its archive after the .deb (which makes its own) is built
  if [ -f "$appdir/steplens.classlist" ]; then log "AppCDS archive"; dump_archive "$launcher"; fi
  log "app-image: $image ($(du -sh "$image" | cut -f1))"
  if [ "$check" = yes ]; then check_launcher "$launcher"; fi
}
if [ "$type" = app-image ]; then
  finish_image
  exit 0
fi

# --- 5. The .deb: desktop entry, MIME type for .steplens.jsonl, /usr/bin/steplens. --------------------------------
command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null \
  || { echo "build.sh: a .deb needs dpkg-deb and fakeroot (apt-get install -y fakeroot binutils)" >&2; exit 1; }
resources="$work/resources"
mkdir -p "$resources"
cp "$root/packaging/icon/steplens.png" "$resources/StepLens.png"
for f in postinst prerm control StepLens.desktop; do
  sed -e "s|@PACKAGE@|$package|g" -e "s|@CONFLICTS@|$([ "$flavour" = gpu ] && echo steplens || echo steplens-gpu)|g" \
    "$root/packaging/linux/$f" > "$resources/$f"
done
log "jpackage deb ($package)"
jpackage --type deb --app-image "$image" --name StepLens --app-version "$app_version" --vendor StepLens \
  --description "Inspect math solutions scored by process reward models" \
  --linux-package-name "$package" --install-dir /opt --linux-deb-maintainer "steplens@localhost" \
  --linux-menu-group "Science;Education;" --linux-app-category science --linux-shortcut \
  --linux-package-deps libgtk-3-0 --file-associations "$root/packaging/linux/steplens-jsonl.properties" \
  --resource-dir "$resources" --dest "$out"
deb="$(echo "$out"/${package}_*.deb)"
log "deb: $deb ($(du -h "$deb" | cut -f1))"
finish_image

if [ "$check" = yes ]; then
  unpacked="$work/unpacked"
  dpkg-deb -x "$deb" "$unpacked"
  check_launcher "$(echo "$unpacked"/opt/*/bin/StepLens)"
fi
