#!/usr/bin/env python3
"""A compute-bound PRM for the speed comparison (LargeModelScoreBenchmark.java): a Llama-style decoder with random
weights, 106 M parameters (vocabulary 32,000 as Mistral's, width 768, 6 layers of 12 heads, SiLU MLP of 3,072, LM
head), generated at benchmark time and never committed.

  gen DIR            writes DIR/model.onnx (exported as optimum does: input_ids, attention_mask, position_ids ->
                     logits) and DIR/weights.pt
  time DIR IDS RUNS BATCH
                     PyTorch eager on the CPU on the token id sequences in IDS (JSON, as StepLens encoded them),
                     sorted by length, batches padded to their longest member, logits at every position as the model
                     cards' code computes them; prints "torch tokens_per_s=MEDIAN runs=[...]" (real tokens only)
Threads: torch.set_num_threads(os.cpu_count()); BLAS is whatever libblas.so.3 points to (Debian alternatives:
OpenBLAS with libopenblas0-pthread installed). Needs python3-torch and python3-onnx.
"""
import json
import os
import statistics
import sys
import time

import torch
from torch import nn

VOCAB, WIDTH, LAYERS, HEADS, FF = 32000, 768, 6, 12, 3072


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.qkv = nn.Linear(WIDTH, 3 * WIDTH, bias=False)
        self.o = nn.Linear(WIDTH, WIDTH, bias=False)
        self.gate = nn.Linear(WIDTH, FF, bias=False)
        self.up = nn.Linear(WIDTH, FF, bias=False)
        self.down = nn.Linear(FF, WIDTH, bias=False)
        self.n1 = nn.Parameter(torch.ones(WIDTH))
        self.n2 = nn.Parameter(torch.ones(WIDTH))

    def forward(self, x, cos, sin, allowed):
        b, t, _ = x.shape
        h = norm(x, self.n1)
        q, k, v = self.qkv(h).view(b, t, 3, HEADS, WIDTH // HEADS).permute(2, 0, 3, 1, 4)
        q, k = q * cos + rotate(q) * sin, k * cos + rotate(k) * sin
        scores = (q @ k.transpose(-1, -2)) / (WIDTH // HEADS) ** 0.5
        scores = scores.masked_fill(~allowed, -1e9)
        att = (torch.softmax(scores, dim=-1) @ v).transpose(1, 2).reshape(b, t, WIDTH)
        x = x + self.o(att)
        h = norm(x, self.n2)
        return x + self.down(nn.functional.silu(self.gate(h)) * self.up(h))


def norm(x, w):
    return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + 1e-6) * w


def rotate(x):
    half = x.shape[-1] // 2
    return torch.cat((-x[..., half:], x[..., :half]), dim=-1)


class Decoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(VOCAB, WIDTH)
        self.blocks = nn.ModuleList(Block() for _ in range(LAYERS))
        self.norm = nn.Parameter(torch.ones(WIDTH))
        self.head = nn.Linear(WIDTH, VOCAB, bias=False)
        dim = WIDTH // HEADS
        self.register_buffer("inv_freq", 1.0 / (10000 ** (torch.arange(0, dim, 2).float() / dim)), persistent=False)

    def forward(self, input_ids, attention_mask, position_ids):
        x = self.embed(input_ids)
        angles = position_ids.unsqueeze(-1).float() * self.inv_freq
        emb = torch.cat((angles, angles), dim=-1).unsqueeze(1)
        cos, sin = emb.cos(), emb.sin()
        t = input_ids.shape[1]
        causal = torch.tril(torch.ones(t, t, dtype=torch.bool))
        allowed = (causal.unsqueeze(0) & attention_mask.bool().unsqueeze(1)).unsqueeze(1)
        for block in self.blocks:
            x = block(x, cos, sin, allowed)
        return self.head(norm(x, self.norm))


def gen(folder):
    torch.manual_seed(0)
    model = Decoder().eval()
    for p in model.parameters():
        nn.init.normal_(p, std=0.02) if p.dim() > 1 else None
    print("parameters", sum(p.numel() for p in model.parameters()))
    os.makedirs(folder, exist_ok=True)
    torch.save(model.state_dict(), os.path.join(folder, "weights.pt"))
    ids = torch.tensor([[1, 2, 3, 4], [5, 6, 7, 0]])
    mask = torch.tensor([[1, 1, 1, 1], [1, 1, 1, 0]])
    pos = torch.tensor([[0, 1, 2, 3], [0, 1, 2, 1]])
    names = ["input_ids", "attention_mask", "position_ids"]
    axes = {n: {0: "batch_size", 1: "sequence_length"} for n in names + ["logits"]}
    torch.onnx.export(model, (ids, mask, pos), os.path.join(folder, "model.onnx"), input_names=names,
                      output_names=["logits"], dynamic_axes=axes, opset_version=14, do_constant_folding=True)


def time_torch(folder, ids_file, runs, batch):
    torch.set_num_threads(os.cpu_count())
    model = Decoder().eval()
    model.load_state_dict(torch.load(os.path.join(folder, "weights.pt")))
    with open(ids_file, encoding="utf-8") as f:
        sequences = sorted(json.load(f), key=len)
    tokens = sum(len(s) for s in sequences)
    rates = []
    for r in range(runs + 1):
        start = time.perf_counter()
        with torch.no_grad():
            for i in range(0, len(sequences), batch):
                group = sequences[i:i + batch]
                longest = max(len(s) for s in group)
                ids = torch.zeros(len(group), longest, dtype=torch.long)
                mask = torch.zeros(len(group), longest, dtype=torch.long)
                for j, s in enumerate(group):
                    ids[j, :len(s)] = torch.tensor(s)
                    mask[j, :len(s)] = 1
                pos = (mask.cumsum(1) - 1).clamp(min=0)
                model(ids, mask, pos)
        if r > 0:  # the first run warms up
            rates.append(tokens / (time.perf_counter() - start))
    print("torch tokens_per_s=%.0f runs=%s threads=%d" % (statistics.median(rates), [round(x) for x in rates],
                                                         torch.get_num_threads()))


if __name__ == "__main__":
    if sys.argv[1] == "gen":
        gen(sys.argv[2])
    else:
        time_torch(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
