#!/usr/bin/env python3
"""Random-weight PRMs, one per convention, with the real vocabulary sizes and the inputs and outputs of an optimum
export (input_ids, attention_mask, position_ids -> logits), and the step scores each convention's own inference
code gives with them, computed in PyTorch.

Each model is a one-layer Llama-style decoder (RMSNorm, rotary attention at position_ids, causal and padding mask,
SiLU MLP) of small width. Every one of the V token ids has its own embedding row, A[id % 1021] + B[id % 1031] (two
small random tables, distinct rows by the Chinese remainder theorem), so the file stays small; a language-model
head is a real [width, V] weight, exported as optimum does (MatMul against the transposed initializer).

Inputs: reference_inputs.json, the token ids and read positions the authors' code builds for a few ProcessBench
solutions (written by org.steplens.score.ConventionSamples from ConventionReference, with the real tokenizers).
The expected scores below follow the authors' inference code on those ids, one unpadded sequence at a time:
  math-shepherd     logits[:, :, [+, -]].softmax(-1)[..., 0] where input_ids == step tag (model card)
  qwen2.5-math-prm  softmax(logits)[..., 1] where input_ids == <extra_0> (model card, make_step_rewards)
  rlhflow(-llama3)  per step, the conversation up to it; logits[:, -3, [+, -]].softmax(-1)[:, 0] (prm_evaluate.py)
  skywork           sigmoid(value) at the flagged newline of each step (prepare_input, return_probs=True)
  trl-token-cls.    softmax(logits)[..., 1] (LABEL_1) at each step's last token (TRL PRMTrainer labels)
Needs Debian's python3-torch and python3-onnx. Run from the repository root:
  /usr/bin/python3 src/test/resources/score/conventions/make_models.py reference_inputs.json
"""
import json
import os
import sys

import torch
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))

CONVENTIONS = {
    # vocabulary size of the real model's embedding, head, width
    "math-shepherd": dict(vocab=32000, head="lm", width=4, positions=True),
    "qwen2.5-math-prm": dict(vocab=152064, head="prm", width=8, positions=True),
    "rlhflow": dict(vocab=128256, head="lm", width=4, positions=True),
    # the same weights as rlhflow (one file, see SHARED): only the chat template differs
    "rlhflow-llama3": dict(vocab=128256, head="lm", width=4, positions=True),
    "skywork": dict(vocab=152064, head="value", width=8, positions=True),
    # optimum's token-classification export of Qwen2 has no position_ids input: the model counts positions itself
    "trl-token-classification": dict(vocab=152064, head="cls", width=8, positions=False),
}


class TinyDecoder(nn.Module):
    def __init__(self, vocab, width, head):
        super().__init__()
        self.vocab, self.width, self.head_kind = vocab, width, head
        self.a = nn.Parameter(torch.randn(1021, width))
        self.b = nn.Parameter(torch.randn(1031, width))
        self.q = nn.Linear(width, width, bias=False)
        self.k = nn.Linear(width, width, bias=False)
        self.v = nn.Linear(width, width, bias=False)
        self.o = nn.Linear(width, width, bias=False)
        self.up = nn.Linear(width, 4 * width, bias=False)
        self.gate = nn.Linear(width, 4 * width, bias=False)
        self.down = nn.Linear(4 * width, width, bias=False)
        self.n1 = nn.Parameter(1 + 0.1 * torch.randn(width))
        self.n2 = nn.Parameter(1 + 0.1 * torch.randn(width))
        self.n3 = nn.Parameter(1 + 0.1 * torch.randn(width))
        if head == "lm":
            self.out = nn.Linear(width, vocab, bias=False)
        elif head == "prm":  # Qwen2.5-Math-PRM: Linear, ReLU, Linear to 2 classes
            self.out = nn.Sequential(nn.Linear(width, width), nn.ReLU(), nn.Linear(width, 2))
        elif head == "cls":  # Qwen2ForTokenClassification: one Linear to 2 labels
            self.out = nn.Linear(width, 2)
        else:  # value head
            self.out = nn.Linear(width, 1)
        inv = 1.0 / (10000 ** (torch.arange(0, width, 2).float() / width))
        self.register_buffer("inv_freq", inv, persistent=False)

    @staticmethod
    def norm(x, w):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + 1e-6) * w

    @staticmethod
    def rotate(x):
        half = x.shape[-1] // 2
        return torch.cat((-x[..., half:], x[..., :half]), dim=-1)

    def forward(self, input_ids, attention_mask, position_ids=None):
        if position_ids is None:
            position_ids = (torch.cumsum(attention_mask, dim=1) - 1).clamp(min=0)
        x = self.a[input_ids % 1021] + self.b[input_ids % 1031]
        h = self.norm(x, self.n1)
        angles = position_ids.unsqueeze(-1).float() * self.inv_freq
        emb = torch.cat((angles, angles), dim=-1)
        cos, sin = emb.cos(), emb.sin()
        q = self.q(h) * cos + self.rotate(self.q(h)) * sin
        k = self.k(h) * cos + self.rotate(self.k(h)) * sin
        scores = q @ k.transpose(1, 2) / (self.width ** 0.5)
        t = input_ids.shape[1]
        causal = torch.tril(torch.ones(t, t, dtype=torch.bool))
        allowed = causal.unsqueeze(0) & attention_mask.bool().unsqueeze(1)
        scores = scores.masked_fill(~allowed, -1e9)
        x = x + self.o(torch.softmax(scores, dim=-1) @ self.v(h))
        h = self.norm(x, self.n2)
        x = x + self.down(nn.functional.silu(self.gate(h)) * self.up(h))
        logits = self.out(self.norm(x, self.n3))
        return logits.squeeze(-1) if self.head_kind == "value" else logits


def export(model, path, positions):
    ids = torch.tensor([[1, 2, 3, 4], [5, 6, 7, 0]])
    mask = torch.tensor([[1, 1, 1, 1], [1, 1, 1, 0]])
    pos = torch.tensor([[0, 1, 2, 3], [0, 1, 2, 1]])
    names = ["input_ids", "attention_mask"] + (["position_ids"] if positions else [])
    axes = {n: {0: "batch_size", 1: "sequence_length"} for n in names}
    axes["logits"] = {0: "batch_size", 1: "sequence_length"}
    args = (ids, mask, pos) if positions else (ids, mask)
    torch.onnx.export(model, args, path, input_names=names, output_names=["logits"], dynamic_axes=axes,
                      opset_version=14, do_constant_folding=True)


def run(model, ids):
    ids = torch.tensor([ids])
    mask = torch.ones_like(ids)
    pos = torch.arange(ids.shape[1]).unsqueeze(0)
    with torch.no_grad():
        return model(ids, mask, pos)[0].double()


def expected(name, model, c, solution, labels):
    ids, reads = solution["ids"], solution["reads"]
    if name == "math-shepherd":
        logits = run(model, ids)
        tag = ids[reads[0]]
        scores = logits[:, labels].softmax(-1)[:, 0]
        return [float(scores[i]) for i, t in enumerate(ids) if t == tag]
    if name == "qwen2.5-math-prm":
        probs = run(model, ids).softmax(-1)
        extra_0 = 151651
        return [float(probs[i, 1]) for i, t in enumerate(ids) if t == extra_0]
    if name.startswith("rlhflow"):
        out = []
        for r in reads:  # the conversation up to step k ends 3 tokens after its read position
            logits = run(model, ids[:r + 3])
            out.append(float(logits[-3, labels].softmax(-1)[0]))
        return out
    if name == "skywork":
        values = run(model, ids)
        return [float(torch.sigmoid(values[r])) for r in reads]
    probs = run(model, ids).softmax(-1)
    return [float(probs[r, 1]) for r in reads]


# Conventions that use another convention's model file (the tests copy it), to keep the repository small.
SHARED = {"rlhflow-llama3": "rlhflow"}


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        inputs = json.load(f)
    models = {}
    for i, (name, c) in enumerate(CONVENTIONS.items()):
        folder = os.path.join(HERE, name)
        os.makedirs(folder, exist_ok=True)
        if name in SHARED:
            model = models[SHARED[name]]
        else:
            torch.manual_seed(20 + i)
            model = models[name] = TinyDecoder(c["vocab"], c["width"], c["head"]).eval()
            export(model, os.path.join(folder, "model.onnx"), c["positions"])
        spec = {"convention": name, "pad_id": 0}
        with open(os.path.join(folder, "prm.json"), "w", encoding="utf-8") as f:
            json.dump(spec, f, indent=1)
        labels = inputs[name].get("labels")
        rows = []
        for s in inputs[name]["solutions"]:
            rows.append({"id": s["id"], "problem": s["problem"], "steps": s["steps"], "ids": s["ids"],
                         "reads": s["reads"], "step_probabilities": expected(name, model, c, s, labels)})
            assert len(rows[-1]["step_probabilities"]) == len(s["steps"]), name
        with open(os.path.join(folder, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(rows, f, ensure_ascii=False)
        print(name, "done")


if __name__ == "__main__":
    main()
