#!/usr/bin/env bash
# Builds samples/twoscorers/: datasets with two step scorers for `steplens compare --scorers` and Tools ▸ Compare
# scorers…. Both scorers are the bundled model samples/models/tiny-prm: as shipped ("steplens-tiny-prm") and with the
# problem left out of its prompt ("steplens-tiny-prm-steps-only": the same weights reading the steps alone), an
# ablation that asks how much the PRM uses the problem. Run from the repository root: samples/tools/make_two_scorer_samples.sh
set -euo pipefail
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
model="$work/steps-only"
mkdir "$model"
cp samples/models/tiny-prm/model.onnx samples/models/tiny-prm/tokenizer.json "$model/"
python3 - "$model/prm.json" <<'PY'
import json, sys
spec = json.load(open("samples/models/tiny-prm/prm.json"))
spec["name"] = "steplens-tiny-prm-steps-only"
spec["template"]["prefix"] = "<|solution|>"
json.dump(spec, open(sys.argv[1], "w"), indent=2)
PY
mkdir -p samples/twoscorers
# Qwen2.5-Math best-of-8 (already scored by the bundled model in the default sample), scored again steps-only
app/steplens score samples/default.steplens.jsonl --model "$model" --no-cache \
  -o samples/twoscorers/qwen25math.two-scorers.steplens.jsonl
# the ProcessBench slice (first-error labels), scored by both
app/steplens convert samples/processbench/{gsm8k,math,olympiadbench,omnimath}.json -o "$work/pb.jsonl"
app/steplens score "$work/pb.jsonl" --model samples/models/tiny-prm --no-cache -o "$work/pb1.jsonl"
app/steplens score "$work/pb1.jsonl" --model "$model" --no-cache \
  -o samples/twoscorers/processbench.two-scorers.steplens.jsonl
