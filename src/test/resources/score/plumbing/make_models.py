#!/usr/bin/env python3
"""PLUMBING FIXTURES ONLY (model folders, CLI, UI): word-level tokenizers, not the real ones, and a reference that
predates the conventions' fixes (issue 20); the conventions themselves are tested against their authors' code with
the real tokenizers in ../conventions (make_models.py there). The rlhflow folder this script also writes is not kept.

Builds one tiny ONNX model per PRM convention for the Java tests, with the inputs and outputs of the real
models' exports, and records the step probabilities the convention's own recipe gives on real ProcessBench
solutions. The Java side renders its template, finds markers, runs ONNX Runtime and reduces the head on its own;
the tests compare.

Each model: logits[b, t] = sum over s <= t of W[input_ids[b, s]] (masked), a causal "bag of tokens" so that every
token before a marker changes the result. Models that take position_ids add a large penalty to the "wrong"
side wherever position_ids != cumsum(attention_mask) - 1, so wrong positions cannot go unnoticed.

The reference side follows each model card's recipe:
  math-shepherd     f"{question} {output}", steps joined by "\n", each ending " ки"; "+"/"-" logits at each ки
  qwen2.5-math-prm  chat template, steps joined and ended by <extra_0>; softmax class 1 at each <extra_0>
  rlhflow           one user turn per step (first with the problem), assistant "+"; for step k the
                    conversation up to k, "+"/"-" logits at position -3
  skywork           BOS + problem + "\n", then each step + "\n"; sigmoid of the value at each step's "\n"
Needs python3-onnx and numpy (Debian). Run from the repository root:
  /usr/bin/python3 src/test/resources/score/conventions/make_models.py
"""
import json
import os
import re

import numpy as np
import onnx
from onnx import TensorProto, helper

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "../../../../.."))
GSM8K = os.path.join(ROOT, "src/test/resources/data/processbench/gsm8k.json")

QWEN_SYSTEM = "Please reason step by step, and put your final answer within \\boxed{}."
LLAMA_SYSTEM = ("<|start_header_id|>system<|end_header_id|>\n\nCutting Knowledge Date: December 2023\n"
                "Today Date: 26 Jul 2024\n\n<|eot_id|>")


def words(text):
    # Pre-tokenizer of the tiny tokenizers: newlines kept as tokens, other whitespace dropped, words and
    # single punctuation marks as tokens (HF: Split on this regex, invert=true, behaviour "removed").
    return re.findall(r"\n|\w+|[^\w\s]", text)


def make_encoder(specials):
    split = re.compile("(" + "|".join(re.escape(s) for s in sorted(specials, key=len, reverse=True)) + ")")

    def pieces(text):
        out = []
        for part in split.split(text):
            if not part:
                continue
            out.extend([part] if part in specials else words(part))
        return out

    return pieces


def tokenizer_json(vocab, specials):
    return {
        "version": "1.0", "truncation": None, "padding": None,
        "added_tokens": [{"id": vocab[s], "content": s, "single_word": False, "lstrip": False, "rstrip": False,
                          "normalized": False, "special": True} for s in specials],
        "normalizer": None,
        "pre_tokenizer": {"type": "Split", "pattern": {"Regex": r"\n|\w+|[^\w\s]"}, "behavior": "Removed",
                          "invert": True},
        "post_processor": None, "decoder": None,
        "model": {"type": "WordLevel", "vocab": vocab, "unk_token": "[UNK]"},
    }


def build_model(path, vocab_size, classes, weights, with_positions, penalty):
    """logits = cumsum(W[ids] * mask) (+ penalty * |position_ids - (cumsum(mask) - 1)|)."""
    nodes = [
        helper.make_node("Gather", ["W", "input_ids"], ["emb"], axis=0),
        helper.make_node("Cast", ["attention_mask"], ["maskf"], to=TensorProto.FLOAT),
        helper.make_node("Unsqueeze", ["maskf", "axis_last"], ["mask3"]),
        helper.make_node("Mul", ["emb", "mask3"], ["masked"]),
        helper.make_node("CumSum", ["masked", "axis_seq"], ["summed"]),
    ]
    inits = [helper.make_tensor("W", TensorProto.FLOAT, [vocab_size, classes], weights.flatten().tolist()),
             helper.make_tensor("axis_last", TensorProto.INT64, [1], [2]),
             helper.make_tensor("axis_seq", TensorProto.INT64, [], [1])]
    inputs = [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch_size", "sequence_length"]),
              helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch_size", "sequence_length"])]
    out = "summed"
    if with_positions:
        inputs.append(helper.make_tensor_value_info("position_ids", TensorProto.INT64,
                                                    ["batch_size", "sequence_length"]))
        nodes += [
            helper.make_node("CumSum", ["attention_mask", "axis_seq"], ["count"]),
            helper.make_node("Sub", ["count", "one"], ["expected_pos"]),
            helper.make_node("Sub", ["position_ids", "expected_pos"], ["diff"]),
            helper.make_node("Abs", ["diff"], ["absdiff"]),
            # Only real tokens are checked; padding may hold any position.
            helper.make_node("Mul", ["absdiff", "attention_mask"], ["realdiff"]),
            helper.make_node("Cast", ["realdiff"], ["difff"], to=TensorProto.FLOAT),
            helper.make_node("Unsqueeze", ["difff", "axis_last"], ["diff3"]),
            helper.make_node("Mul", ["diff3", "penalty"], ["pen"]),
            helper.make_node("Add", ["summed", "pen"], ["with_pen"]),
        ]
        inits += [helper.make_tensor("one", TensorProto.INT64, [], [1]),
                  helper.make_tensor("penalty", TensorProto.FLOAT, [classes], penalty.tolist())]
        out = "with_pen"
    if classes == 1 and NAME_VALUE_RANK2.get(path):
        nodes.append(helper.make_node("Squeeze", [out, "axis_last"], ["logits"]))
        out_info = helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch_size", "sequence_length"])
    else:
        nodes.append(helper.make_node("Identity", [out], ["logits"]))
        out_info = helper.make_tensor_value_info("logits", TensorProto.FLOAT,
                                                 ["batch_size", "sequence_length", classes])
    graph = helper.make_graph(nodes, "tiny_prm", inputs, [out_info], inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 14)], producer_name="steplens-tests")
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, path)


NAME_VALUE_RANK2 = {}


def forward(weights, ids):
    return np.cumsum(weights[np.array(ids)], axis=0)  # [t, classes], no padding, positions correct


def softmax(v):
    e = np.exp(v - v.max())
    return e / e.sum()


def main():
    rng = np.random.default_rng(20240601)
    with open(GSM8K, encoding="utf-8") as f:
        records = json.load(f)[:3]
    solutions = [(r["problem"], r["steps"]) for r in records]

    conventions = {
        "math-shepherd": dict(specials=["[UNK]", "[PAD]"], marker="ки", head="lm", positions=True,
                              spec={"convention": "math-shepherd", "pad_id": 1}),
        "qwen2.5-math-prm": dict(specials=["[UNK]", "[PAD]", "<|im_start|>", "<|im_end|>", "<extra_0>"],
                                 marker="<extra_0>", head="two_class", positions=False,
                                 spec={"convention": "qwen2.5-math-prm", "pad_id": 1}),
        "rlhflow": dict(specials=["[UNK]", "[PAD]", "<|begin_of_text|>", "<|start_header_id|>",
                                  "<|end_header_id|>", "<|eot_id|>"], marker="+", head="lm", positions=True,
                        spec={"convention": "rlhflow", "pad_id": 1}),
        "skywork": dict(specials=["[UNK]", "[PAD]", "<|endoftext|>"], marker="\n", head="value", positions=False,
                        spec={"convention": "skywork", "pad_id": 1}),
    }
    for name, c in conventions.items():
        folder = os.path.join(HERE, name)
        os.makedirs(folder, exist_ok=True)
        pieces = make_encoder(c["specials"])
        texts = [reference_texts(name, p, s) for p, s in solutions]
        vocab_words = set()
        for group in texts:
            for t in group:
                for part in ([t[0]] + t[1] if isinstance(t, tuple) else [t]):
                    vocab_words.update(pieces(part))
        vocab_words.update(["+", "-", "ки", "\n"])
        ordered = c["specials"] + sorted(vocab_words - set(c["specials"]))
        vocab = {w: i for i, w in enumerate(ordered)}
        v = len(vocab)
        classes = {"lm": v, "two_class": 2, "value": 1}[c["head"]]
        weights = (rng.standard_normal((v, classes)) * 0.05).astype(np.float32)
        penalty = np.zeros(classes, dtype=np.float32)
        if c["head"] == "lm":
            penalty[vocab["-"]] = 50.0
        elif c["head"] == "two_class":
            penalty[0] = 50.0
        else:
            penalty[0] = -50.0
        NAME_VALUE_RANK2[os.path.join(folder, "model.onnx")] = name == "skywork"
        build_model(os.path.join(folder, "model.onnx"), v, classes, weights, c["positions"], penalty)
        with open(os.path.join(folder, "tokenizer.json"), "w", encoding="utf-8") as f:
            json.dump(tokenizer_json(vocab, c["specials"]), f, ensure_ascii=False)
        spec = dict(c["spec"])
        if not c["positions"]:
            spec["inputs"] = {"position_ids": None}
        with open(os.path.join(folder, "prm.json"), "w", encoding="utf-8") as f:
            json.dump(spec, f, ensure_ascii=False, indent=1)

        expected = []
        for (problem, steps), group in zip(solutions, texts):
            probs = reference_probabilities(name, group, pieces, vocab, weights, c)
            expected.append({"problem": problem, "steps": steps, "step_probabilities": probs})
        with open(os.path.join(folder, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(expected, f, ensure_ascii=False, indent=1)
        print(name, "vocab", v, "steps", sum(len(e["step_probabilities"]) for e in expected))


def reference_texts(name, problem, steps):
    """The text(s) each model card's recipe feeds the model (RLHFlow: one conversation per step)."""
    if name == "math-shepherd":
        output = "\n".join(s + " ки" for s in steps)
        return [f"{problem} {output}"]
    if name == "qwen2.5-math-prm":
        assistant = "<extra_0>".join(steps) + "<extra_0>"
        return ["<|im_start|>system\n" + QWEN_SYSTEM + "<|im_end|>\n<|im_start|>user\n" + problem
                + "<|im_end|>\n<|im_start|>assistant\n" + assistant + "<|im_end|>\n"]
    if name == "rlhflow":
        texts = []
        for k in range(len(steps)):
            turns = "<|begin_of_text|>" + LLAMA_SYSTEM
            for j in range(k + 1):
                content = (problem + " " + steps[0]) if j == 0 else steps[j]
                turns += ("<|start_header_id|>user<|end_header_id|>\n\n" + content + "<|eot_id|>"
                          + "<|start_header_id|>assistant<|end_header_id|>\n\n+<|eot_id|>")
            texts.append(turns)
        return texts
    if name == "skywork":
        return [(problem, steps)]
    raise ValueError(name)


def reference_probabilities(name, texts, pieces, vocab, weights, c):
    unk = vocab["[UNK]"]
    if name == "rlhflow":
        out = []
        for t in texts:
            ids = [vocab.get(p, unk) for p in pieces(t)]
            logits = forward(weights, ids)[-3]
            out.append(float(softmax(np.array([logits[vocab["+"]], logits[vocab["-"]]], dtype=np.float64))[0]))
        return out
    if name == "skywork":
        # Skywork's prepare_input: the prompt, then each step's tokens followed by the step token, flagged.
        problem, steps = texts[0]
        ids = [vocab.get(p, unk) for p in pieces("<|endoftext|>" + problem + "\n")]
        flags = []
        for step in steps:
            ids += [vocab.get(p, unk) for p in pieces(step)] + [vocab["\n"]]
            flags.append(len(ids) - 1)
        logits = forward(weights, ids).astype(np.float64)
        return [float(1 / (1 + np.exp(-logits[i][0]))) for i in flags]
    ids = [vocab.get(p, unk) for p in pieces(texts[0])]
    logits = forward(weights, ids).astype(np.float64)
    marker = vocab[c["marker"]]
    positions = [i for i, t in enumerate(ids) if t == marker]
    if name == "math-shepherd":
        return [float(softmax(np.array([logits[i][vocab["+"]], logits[i][vocab["-"]]]))[0]) for i in positions]
    return [float(softmax(logits[i])[1]) for i in positions]


if __name__ == "__main__":
    main()
