#!/usr/bin/env python3
"""Trains StepLens' bundled demonstration PRM and exports it to ONNX.

Data: PRMBench (src/test/resources/data/prmbench/prmbench.jsonl.gz). Each record gives an original solution
(every step labelled correct) and a modified one whose `error_steps` (1-based) are wrong. Steps before the
first error are labelled correct; the first error step and every step after it are labelled incorrect (once a
solution has gone wrong, later steps build on the error: the "earliest error" reading that ProcessBench uses).
ProcessBench is never used for training; it is only used for evaluation.

Convention: Qwen2.5-Math-PRM-like. Marker token <extra_0> after each step, a 2-class head, probability of
class 1 at each marker. ONNX inputs follow an optimum export: input_ids, attention_mask, position_ids
(= cumsum(mask) - 1); output logits [batch, sequence, 2].

Tokenizer: a Hugging Face tokenizer.json written here (lowercase normaliser, BERT pre-tokenizer, one token per
digit, word-level vocabulary from the training text). `encode` below is the same algorithm in Python; the
Java tests check that DJL's encoding equals the ids recorded in tokenizer_check.json.

Needs Debian's python3-torch and python3-onnx (apt-get install -y python3-torch python3-onnx). CPU only.
Run from the repository root:  nice /usr/bin/python3 samples/models/train_tiny_prm.py [--minutes 12]
"""
import argparse
import collections
import gzip
import json
import math
import os
import random
import re
import string
import time
import unicodedata

import torch
import torch.nn as nn
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PRMBENCH = os.path.join(ROOT, "src/test/resources/data/prmbench/prmbench.jsonl.gz")
OUT = os.path.join(HERE, "tiny-prm")
TEST_RESOURCES = os.path.join(ROOT, "src/test/resources/score")

PAD, UNK, MARKER, SOLUTION = "[PAD]", "[UNK]", "<extra_0>", "<|solution|>"
SPECIALS = [PAD, UNK, MARKER, SOLUTION]
PREFIX = "{problem}" + SOLUTION  # template: prefix, then "{step}<extra_0>" for each step
MAX_TOKENS = 4096

# ---------------------------------------------------------------------------------------------------------
# Tokenizer (must match the tokenizer.json written below, as the Hugging Face tokenizers library runs it)

# Rust's char::is_whitespace (Unicode White_Space).
WHITESPACE = set("\t\n\x0b\x0c\r \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000") | {chr(c) for c in range(0x2000, 0x200B)}
ASCII_PUNCT = set(string.punctuation)


def is_punct(c):
    return c in ASCII_PUNCT or unicodedata.category(c).startswith("P")


def is_numeric(c):
    return unicodedata.category(c) in ("Nd", "Nl", "No")


def pre_tokenize(text):
    """BertPreTokenizer (split on whitespace, isolate punctuation), then Digits(individual_digits=True)."""
    words, cur = [], []
    for c in text:
        if c in WHITESPACE:
            if cur:
                words.append("".join(cur))
                cur = []
        elif is_punct(c):
            if cur:
                words.append("".join(cur))
                cur = []
            words.append(c)
        else:
            cur.append(c)
    if cur:
        words.append("".join(cur))
    pieces = []
    for w in words:
        run = []
        for c in w:
            if is_numeric(c):
                if run:
                    pieces.append("".join(run))
                    run = []
                pieces.append(c)
            else:
                run.append(c)
        if run:
            pieces.append("".join(run))
    return pieces


SPECIAL_SPLIT = re.compile("(" + "|".join(re.escape(s) for s in SPECIALS) + ")")


def encode(text, vocab):
    ids = []
    for part in SPECIAL_SPLIT.split(text):
        if not part:
            continue
        if part in SPECIALS:
            ids.append(vocab[part])
        else:
            ids.extend(vocab.get(p, vocab[UNK]) for p in pre_tokenize(part.lower()))
    return ids


def build_vocab(texts, min_count=3, size=6000):
    counts = collections.Counter()
    for t in texts:
        counts.update(pre_tokenize(SPECIAL_SPLIT.sub(" ", t).lower()))
    words = [w for w, n in counts.most_common() if n >= min_count][: size - len(SPECIALS)]
    return {w: i for i, w in enumerate(SPECIALS + sorted(words))}


def tokenizer_json(vocab):
    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": [
            {"id": vocab[s], "content": s, "single_word": False, "lstrip": False, "rstrip": False,
             "normalized": False, "special": True}
            for s in SPECIALS
        ],
        "normalizer": {"type": "Lowercase"},
        "pre_tokenizer": {"type": "Sequence", "pretokenizers": [
            {"type": "BertPreTokenizer"}, {"type": "Digits", "individual_digits": True}]},
        "post_processor": None,
        "decoder": None,
        "model": {"type": "WordLevel", "vocab": vocab, "unk_token": UNK},
    }


# ---------------------------------------------------------------------------------------------------------
# Data

STEP_NUMBER = re.compile(r"^\s*\d+\.\s+")


def clean_steps(steps):
    # PRMBench numbers its steps ("3. ..."); ProcessBench and most generators do not.
    return [STEP_NUMBER.sub("", s).strip() for s in steps]


def render(problem, steps):
    return PREFIX.format(problem=problem) + "".join(s + MARKER for s in steps)


def load_prmbench():
    examples, texts = [], []
    with gzip.open(PRMBENCH, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            original = clean_steps(r["original_process"])
            modified = clean_steps(r["modified_process"])
            first_error = min(r["error_steps"]) - 1 if r["error_steps"] else len(modified)
            examples.append((r["original_question"], original, [1] * len(original), r["idx"]))
            examples.append((r["modified_question"], modified,
                             [1 if i < first_error else 0 for i in range(len(modified))], r["idx"]))
            texts.append(r["original_question"])
            texts.append(r["modified_question"])
            texts.extend(original)
            texts.extend(modified)
    return examples, texts


def tensorize(example, vocab, max_len):
    problem, steps, labels, _ = example
    ids = encode(render(problem, steps), vocab)[:max_len]
    marker = vocab[MARKER]
    targets = [-100] * len(ids)
    k = 0
    for i, t in enumerate(ids):
        if t == marker:
            targets[i] = labels[k]
            k += 1
    return ids, targets


# ---------------------------------------------------------------------------------------------------------
# Model: a small causal transformer with sinusoidal positions computed from position_ids.

class Block(nn.Module):
    def __init__(self, d, heads, ff):
        super().__init__()
        self.heads = heads
        self.ln1 = nn.LayerNorm(d)
        self.qkv = nn.Linear(d, 3 * d)
        self.proj = nn.Linear(d, d)
        self.ln2 = nn.LayerNorm(d)
        self.ff1 = nn.Linear(d, ff)
        self.ff2 = nn.Linear(ff, d)

    def forward(self, x, bias):
        b, t, d = x.shape
        h = self.heads
        q, k, v = self.qkv(self.ln1(x)).split(d, dim=2)
        q = q.reshape(b, t, h, d // h).transpose(1, 2)
        k = k.reshape(b, t, h, d // h).transpose(1, 2)
        v = v.reshape(b, t, h, d // h).transpose(1, 2)
        att = torch.matmul(q, k.transpose(2, 3)) * (1.0 / math.sqrt(d // h)) + bias
        y = torch.matmul(torch.softmax(att, dim=-1), v).transpose(1, 2).reshape(b, t, d)
        x = x + self.proj(y)
        return x + self.ff2(F.gelu(self.ff1(self.ln2(x))))


class TinyPrm(nn.Module):
    def __init__(self, vocab_size, d=64, layers=2, heads=2, ff=128):
        super().__init__()
        self.d = d
        self.embed = nn.Embedding(vocab_size, d)
        self.blocks = nn.ModuleList([Block(d, heads, ff) for _ in range(layers)])
        self.ln_f = nn.LayerNorm(d)
        self.head = nn.Linear(d, 2)
        self.register_buffer("freqs", torch.exp(torch.arange(0, d, 2).float() * (-math.log(10000.0) / d)),
                             persistent=False)

    def forward(self, input_ids, attention_mask, position_ids):
        angles = position_ids.unsqueeze(-1).float() * self.freqs
        x = self.embed(input_ids) + torch.cat([torch.sin(angles), torch.cos(angles)], dim=-1)
        t = input_ids.shape[1]
        idx = torch.arange(t, device=input_ids.device)
        causal = idx.unsqueeze(0) <= idx.unsqueeze(1)                      # [t, t] query row, key column
        allowed = causal.unsqueeze(0) & (attention_mask.unsqueeze(1) > 0)   # [b, t, t]
        bias = (1.0 - allowed.float()).unsqueeze(1) * -1e9                  # [b, 1, t, t]
        for block in self.blocks:
            x = block(x, bias)
        return self.head(self.ln_f(x))


def batch_inputs(seqs, pad_id=0):
    t = max(len(s) for s in seqs)
    ids = torch.full((len(seqs), t), pad_id, dtype=torch.long)
    mask = torch.zeros((len(seqs), t), dtype=torch.long)
    for i, s in enumerate(seqs):
        ids[i, : len(s)] = torch.tensor(s)
        mask[i, : len(s)] = 1
    pos = (mask.cumsum(1) - 1).clamp(min=0)
    return ids, mask, pos


# ---------------------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, default=12.0)
    ap.add_argument("--max-len", type=int, default=256)
    ap.add_argument("--dim", type=int, default=48)
    ap.add_argument("--layers", type=int, default=1)
    ap.add_argument("--heads", type=int, default=2)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--lr", type=float, default=3e-3)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    torch.set_num_threads(2)

    examples, texts = load_prmbench()
    vocab = build_vocab(texts)
    print(f"{len(examples)} solutions, vocabulary {len(vocab)}", flush=True)

    # Hold out 5% of PRMBench records (both versions of a record together) to watch for over-fitting.
    ids_all = sorted({e[3] for e in examples})
    random.shuffle(ids_all)
    held = set(ids_all[: len(ids_all) // 20])
    train = [tensorize(e, vocab, args.max_len) for e in examples if e[3] not in held]
    dev = [tensorize(e, vocab, args.max_len) for e in examples if e[3] in held]

    model = TinyPrm(len(vocab), d=args.dim, layers=args.layers, heads=args.heads, ff=2 * args.dim)
    print(f"parameters: {sum(p.numel() for p in model.parameters())}", flush=True)
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    labels = [t for _, ts in train for t in ts if t >= 0]
    pos_rate = sum(labels) / len(labels)
    weight = torch.tensor([0.5 / (1 - pos_rate), 0.5 / pos_rate])
    print(f"marker labels: {len(labels)}, positive rate {pos_rate:.3f}", flush=True)

    def run_dev():
        model.eval()
        correct = total = 0
        with torch.no_grad():
            for i in range(0, len(dev), 32):
                chunk = dev[i: i + 32]
                ids, mask, pos = batch_inputs([c[0] for c in chunk])
                tgt = torch.full(ids.shape, -100, dtype=torch.long)
                for j, c in enumerate(chunk):
                    tgt[j, : len(c[1])] = torch.tensor(c[1])
                pred = model(ids, mask, pos).argmax(-1)
                sel = tgt >= 0
                correct += (pred[sel] == tgt[sel]).sum().item()
                total += sel.sum().item()
        model.train()
        return correct / max(total, 1)

    deadline = time.time() + args.minutes * 60
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / 20))
    step = epoch = 0
    start = time.time()
    while time.time() < deadline:
        epoch += 1
        # Batches of similar length: shuffle, sort within chunks of 50 batches.
        order = list(range(len(train)))
        random.shuffle(order)
        chunk = args.batch * 50
        batches = []
        for c in range(0, len(order), chunk):
            part = sorted(order[c: c + chunk], key=lambda i: len(train[i][0]))
            batches.extend(part[b: b + args.batch] for b in range(0, len(part), args.batch))
        random.shuffle(batches)
        for b in batches:
            if time.time() >= deadline:
                break
            ids, mask, pos = batch_inputs([train[i][0] for i in b])
            tgt = torch.full(ids.shape, -100, dtype=torch.long)
            for j, i in enumerate(b):
                tgt[j, : len(train[i][1])] = torch.tensor(train[i][1])
            logits = model(ids, mask, pos)
            loss = F.cross_entropy(logits.reshape(-1, 2), tgt.reshape(-1), weight=weight, ignore_index=-100)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            if step % 25 == 0:
                print(f"epoch {epoch} step {step} loss {loss.item():.4f} "
                      f"{(time.time() - start) / step:.3f}s/step", flush=True)
        print(f"epoch {epoch} done, held-out marker accuracy {run_dev():.4f}", flush=True)

    model.eval()
    export(model, vocab)


def export(model, vocab):
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(TEST_RESOURCES, exist_ok=True)
    with open(os.path.join(OUT, "tokenizer.json"), "w", encoding="utf-8") as f:
        json.dump(tokenizer_json(vocab), f, ensure_ascii=False, indent=None)
    ids, mask, pos = batch_inputs([encode(render("What is 1+1?", ["1+1=2.", "The answer is 2."]), vocab)])
    torch.onnx.export(
        model, (ids, mask, pos), os.path.join(OUT, "model.onnx"),
        input_names=["input_ids", "attention_mask", "position_ids"], output_names=["logits"],
        dynamic_axes={"input_ids": {0: "batch_size", 1: "sequence_length"},
                      "attention_mask": {0: "batch_size", 1: "sequence_length"},
                      "position_ids": {0: "batch_size", 1: "sequence_length"},
                      "logits": {0: "batch_size", 1: "sequence_length"}},
        opset_version=14, do_constant_folding=False)

    # Reference data for the Java tests: token ids of real texts, and PyTorch's step probabilities.
    check = []
    with gzip.open(PRMBENCH, "rt", encoding="utf-8") as f:
        records = [json.loads(next(f)) for _ in range(4)]
    with torch.no_grad():
        for r in records:
            steps = clean_steps(r["modified_process"])
            text = render(r["modified_question"], steps)
            seq = encode(text, vocab)
            i, m, p = batch_inputs([seq])
            probs = torch.softmax(model(i, m, p)[0], dim=-1)[:, 1]
            marker_positions = [k for k, t in enumerate(seq) if t == vocab[MARKER]]
            check.append({"problem": r["modified_question"], "steps": steps, "text": text, "ids": seq,
                          "step_probabilities": [probs[k].item() for k in marker_positions]})
    with open(os.path.join(TEST_RESOURCES, "tiny_prm_reference.json"), "w", encoding="utf-8") as f:
        json.dump(check, f, ensure_ascii=False, indent=1)
    print("exported", flush=True)


if __name__ == "__main__":
    main()
