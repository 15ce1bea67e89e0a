#!/usr/bin/env python3
"""Tokens per second of the bundled PRM in PyTorch eager mode on the CPU, with the very weights StepLens runs
(read from tiny-prm/model.onnx), on the same ProcessBench solutions as ScoreBenchmark.java. Solutions are
sorted by length and each batch is padded to its longest member; tokens counted are real (unpadded) tokens.

Usage: /usr/bin/python3 samples/models/bench_torch.py PROCESSBENCH.json N_SOLUTIONS RUNS BATCH[,BATCH...]
Prints one line per batch size: "torch batch=B tokens_per_s=MEDIAN runs=[...]".
Needs Debian's python3-torch and python3-onnx.
"""
import importlib.util
import inspect
import json
import os
import statistics
import sys
import time

import onnx
import torch
from onnx import numpy_helper

HERE = os.path.dirname(os.path.abspath(__file__))
MODEL_DIR = os.path.join(HERE, "tiny-prm")


def load_training_module():
    spec = importlib.util.spec_from_file_location("train_tiny_prm", os.path.join(HERE, "train_tiny_prm.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_model(train):
    weights = {i.name: torch.from_numpy(numpy_helper.to_array(i).copy())
               for i in onnx.load(os.path.join(MODEL_DIR, "model.onnx")).graph.initializer}
    vocab_size, dim = weights["embed.weight"].shape
    layers = len({k.split(".")[1] for k in weights if k.startswith("blocks.")})
    # The head count is not visible in the weights; the bundled model uses the training script's default.
    heads = inspect.signature(train.TinyPrm).parameters["heads"].default
    model = train.TinyPrm(vocab_size, d=dim, layers=layers, heads=heads, ff=weights["blocks.0.ff1.weight"].shape[0])
    state = model.state_dict()
    missing = [k for k in state if k not in weights]
    if missing:
        raise SystemExit(f"model.onnx lacks weights {missing}")
    model.load_state_dict({k: weights[k] for k in state})
    return model.eval()


def check_same_weights(train, model):
    """The reloaded model must reproduce the probabilities the training script recorded at export."""
    reference = os.path.join(HERE, "../../src/test/resources/score/tiny_prm_reference.json")
    with open(reference, encoding="utf-8") as f:
        r = json.load(f)[0]
    ids, mask, pos = train.batch_inputs([r["ids"]])
    with torch.no_grad():
        probs = torch.softmax(model(ids, mask, pos)[0], dim=-1)[:, 1]
    markers = [k for k, t in enumerate(r["ids"]) if t == r["ids"][-1]]
    got = [probs[k].item() for k in markers]
    worst = max(abs(a - b) for a, b in zip(got, r["step_probabilities"]))
    if len(got) != len(r["step_probabilities"]) or worst > 1e-5:
        raise SystemExit(f"weights read from model.onnx do not reproduce the reference (difference {worst})")


def main():
    path, n, runs, batches = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    torch.set_num_threads(os.cpu_count())
    train = load_training_module()
    model = load_model(train)
    vocab = json.load(open(os.path.join(MODEL_DIR, "tokenizer.json"), encoding="utf-8"))["model"]["vocab"]
    check_same_weights(train, model)
    records = json.load(open(path, encoding="utf-8"))[:n]
    seqs = sorted((train.encode(train.render(r["problem"], r["steps"]), vocab) for r in records), key=len)
    tokens = sum(len(s) for s in seqs)
    for b in (int(x) for x in batches.split(",")):
        rates = []
        with torch.no_grad():
            for run in range(runs + 1):  # the first run warms up
                start = time.perf_counter()
                for i in range(0, len(seqs), b):
                    ids, mask, pos = train.batch_inputs(seqs[i: i + b])
                    model(ids, mask, pos)
                elapsed = time.perf_counter() - start
                if run > 0:
                    rates.append(tokens / elapsed)
        print(f"torch batch={b} tokens_per_s={statistics.median(rates):.0f} runs={[round(r) for r in rates]}",
              flush=True)


if __name__ == "__main__":
    main()
