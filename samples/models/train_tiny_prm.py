#!/usr/bin/env python3
"""Trains StepLens' bundled demonstration PRM and exports it to ONNX.

Data: PRMBench (src/test/resources/data/prmbench/prmbench.jsonl.gz). Each record gives an original solution
(every step labelled correct) and a modified one whose `error_steps` (1-based) are wrong. Steps before the
first error are labelled correct and the first error step incorrect. Steps after the first error are left out of
the loss by default (--after-error mask: the question a PRM answers for StepLens and ProcessBench is where the
*earliest* error is; what follows it is neither clearly right nor wrong), so training sequences of modified
solutions end at their first error; --after-error negative labels them incorrect instead.
ProcessBench is never used for training, tuning or calibration; it is only used for evaluation.

Calibration: 10% of PRMBench records are held out (both versions of a record together) and split in two halves.
After training, the threshold that maximises first-error F1 (accuracy on erroneous solutions at locating the first
error, accuracy on correct solutions at flagging none, harmonic mean) on the "calibration" half is folded into the
bias of the 2-class head, so that 0.5 is the decision point of the exported model. The other "test" half is only
measured, and its figures are written to training_report.json.

Convention: Qwen2.5-Math-PRM-like. Marker token <extra_0> after each step, a 2-class head, probability of
class 1 at each marker. ONNX inputs follow an optimum export: input_ids, attention_mask, position_ids
(= cumsum(mask) - 1); output logits [batch, sequence, 2].

Tokenizer: a Hugging Face tokenizer.json written here (lowercase normaliser, BERT pre-tokenizer, one token per
digit, word-level vocabulary from the training text). `encode` below is the same algorithm in Python; the
Java tests check that DJL's encoding equals the ids recorded in tiny_prm_reference.json.

Needs Debian's python3-torch and python3-onnx (apt-get install -y python3-torch python3-onnx). CPU only.
Run from the repository root:  nice /usr/bin/python3 samples/models/train_tiny_prm.py [--minutes 21]
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


def load_prmbench(after_error="mask"):
    examples, texts = [], []
    with gzip.open(PRMBENCH, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            original = clean_steps(r["original_process"])
            modified = clean_steps(r["modified_process"])
            first_error = min(r["error_steps"]) - 1 if r["error_steps"] else len(modified)
            examples.append((r["original_question"], original, [1] * len(original), r["idx"]))
            examples.append((r["modified_question"], modified,
                             [step_label(i, first_error, after_error) for i in range(len(modified))], r["idx"]))
            texts.append(r["original_question"])
            texts.append(r["modified_question"])
            texts.extend(original)
            texts.extend(modified)
    return examples, texts


def step_label(i, first_error, after_error):
    if i < first_error:
        return 1
    if i == first_error or after_error == "negative":
        return 0
    return -100  # masked: not part of the loss


def tensorize(example, vocab, max_len):
    problem, steps, labels, _ = example
    if -100 in labels:  # nothing after the first error is learnt from: end the sequence there (causal model)
        steps = steps[: labels.index(-100)]
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

def batches_of(data, size, shuffle):
    """Batches of similar length (within chunks of 50 batches, to keep the order random)."""
    order = list(range(len(data)))
    if shuffle:
        random.shuffle(order)
    chunk = size * 50
    batches = []
    for c in range(0, len(order), chunk):
        part = sorted(order[c: c + chunk], key=lambda i: len(data[i][0]))
        batches.extend(part[b: b + size] for b in range(0, len(part), size))
    if shuffle:
        random.shuffle(batches)
    return batches


def targets_of(data, batch, shape):
    tgt = torch.full(shape, -100, dtype=torch.long)
    for j, i in enumerate(batch):
        tgt[j, : len(data[i][1])] = torch.tensor(data[i][1])
    return tgt


def step_probabilities(model, data):
    """Probability of class 1 at every labelled marker, per solution (in the order of data)."""
    out = [None] * len(data)
    model.eval()
    with torch.no_grad():
        for b in batches_of(data, 32, shuffle=False):
            ids, mask, pos = batch_inputs([data[i][0] for i in b])
            probs = torch.softmax(model(ids, mask, pos), dim=-1)[..., 1]
            for j, i in enumerate(b):
                out[i] = [probs[j, k].item() for k, t in enumerate(data[i][1]) if t >= 0]
    model.train()
    return out


def first_error_metrics(probs, data, threshold):
    """As ProcessBench scores it: predicted first error = first step below the threshold (or none)."""
    err_total = err_right = ok_total = ok_right = 0
    marker_right = marker_total = 0
    for p, (_, targets) in zip(probs, data):
        labels = [t for t in targets if t >= 0]
        gold = labels.index(0) if 0 in labels else -1
        predicted = next((k for k, q in enumerate(p) if q < threshold), -1)
        if gold < 0:
            ok_total += 1
            ok_right += predicted < 0
        else:
            err_total += 1
            err_right += predicted == gold
        marker_right += sum((q >= threshold) == (t == 1) for q, t in zip(p, labels))
        marker_total += len(labels)
    err_acc = 100.0 * err_right / max(err_total, 1)
    ok_acc = 100.0 * ok_right / max(ok_total, 1)
    f1 = 0.0 if err_acc + ok_acc == 0 else 2 * err_acc * ok_acc / (err_acc + ok_acc)
    return {"error_acc": round(err_acc, 2), "correct_acc": round(ok_acc, 2), "f1": round(f1, 2),
            "marker_acc": round(100.0 * marker_right / max(marker_total, 1), 2),
            "solutions": len(data), "erroneous": err_total}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, default=21.0)
    ap.add_argument("--max-len", type=int, default=512)
    ap.add_argument("--dim", type=int, default=64)
    ap.add_argument("--layers", type=int, default=2)
    ap.add_argument("--heads", type=int, default=2)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--lr", type=float, default=3e-3)
    ap.add_argument("--warmup", type=int, default=50)
    ap.add_argument("--after-error", choices=["mask", "negative"], default="mask")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    print(vars(args), flush=True)
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    torch.set_num_threads(2)

    examples, texts = load_prmbench(args.after_error)
    vocab = build_vocab(texts)
    print(f"{len(examples)} solutions, vocabulary {len(vocab)}", flush=True)

    # Hold out 10% of PRMBench records (both versions of a record together): half to calibrate the threshold,
    # half only to measure.
    ids_all = sorted({e[3] for e in examples})
    random.shuffle(ids_all)
    tenth = len(ids_all) // 10
    calib_ids, test_ids = set(ids_all[: tenth // 2]), set(ids_all[tenth // 2: tenth])
    train = [tensorize(e, vocab, args.max_len) for e in examples if e[3] not in calib_ids | test_ids]
    calib = [tensorize(e, vocab, args.max_len) for e in examples if e[3] in calib_ids]
    test = [tensorize(e, vocab, args.max_len) for e in examples if e[3] in test_ids]
    # Solutions whose first error lies beyond max_len have no negative marker left: drop them from the held-out
    # halves, whose metrics are about locating the first error.
    def whole(d, original):
        return [x for x, e in zip(d, original) if sum(t >= 0 for t in x[1]) == sum(l >= 0 for l in e[2])]
    calib = whole(calib, [e for e in examples if e[3] in calib_ids])
    test = whole(test, [e for e in examples if e[3] in test_ids])
    print(f"train {len(train)}, calibration {len(calib)}, test {len(test)} solutions", flush=True)

    model = TinyPrm(len(vocab), d=args.dim, layers=args.layers, heads=args.heads, ff=2 * args.dim)
    print(f"parameters: {sum(p.numel() for p in model.parameters())}", flush=True)
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    labels = [t for _, ts in train for t in ts if t >= 0]
    pos_rate = sum(labels) / len(labels)
    weight = torch.tensor([0.5 / (1 - pos_rate), 0.5 / pos_rate])  # class-balanced loss
    print(f"marker labels: {len(labels)}, positive rate {pos_rate:.3f}", flush=True)

    # Learning rate: linear warm-up, then cosine decay to 5% over the wall-clock budget.
    start = time.time()
    budget = args.minutes * 60

    def lr_factor(step):
        warm = min(1.0, (step + 1) / args.warmup)
        done = min(1.0, (time.time() - start) / budget)
        return warm * (0.05 + 0.95 * 0.5 * (1 + math.cos(math.pi * done)))

    sched = torch.optim.lr_scheduler.LambdaLR(opt, lr_factor)
    step = epoch = 0
    while time.time() - start < budget:
        epoch += 1
        for b in batches_of(train, args.batch, shuffle=True):
            if time.time() - start >= budget:
                break
            ids, mask, pos = batch_inputs([train[i][0] for i in b])
            tgt = targets_of(train, b, ids.shape)
            logits = model(ids, mask, pos)
            loss = F.cross_entropy(logits.reshape(-1, 2), tgt.reshape(-1), weight=weight, ignore_index=-100)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            if step % 50 == 0:
                print(f"epoch {epoch} step {step} loss {loss.item():.4f} lr {sched.get_last_lr()[0]:.5f} "
                      f"{(time.time() - start) / step:.3f}s/step", flush=True)
        m = first_error_metrics(step_probabilities(model, calib), calib, 0.5)
        print(f"epoch {epoch} ({step} steps, {(time.time() - start) / 60:.1f} min): calibration half {m}",
              flush=True)
    minutes = (time.time() - start) / 60
    epochs = step * args.batch / len(train)

    model.eval()
    report = {"args": vars(args), "parameters": sum(p.numel() for p in model.parameters()),
              "training_minutes": round(minutes, 1), "optimizer_steps": step, "epochs": round(epochs, 2),
              "vocabulary": len(vocab)}
    report.update(calibrate(model, calib, test))
    print(json.dumps(report, indent=1), flush=True)
    export(model, vocab)
    with open(os.path.join(HERE, "training_report.json"), "w", encoding="utf-8") as f:
        json.dump(report, f, indent=1)
        f.write("\n")


def calibrate(model, calib, test):
    """Picks the threshold maximising first-error F1 on the calibration half and folds it into the head bias."""
    calib_probs = step_probabilities(model, calib)
    test_probs = step_probabilities(model, test)
    grid = [k / 200 for k in range(1, 200)]
    best = max(grid, key=lambda t: (first_error_metrics(calib_probs, calib, t)["f1"], -abs(t - 0.5)))
    result = {"threshold_before_folding": best,
              "calibration_half_at_0.5_before": first_error_metrics(calib_probs, calib, 0.5),
              "calibration_half_at_best": first_error_metrics(calib_probs, calib, best),
              "test_half_at_0.5_before": first_error_metrics(test_probs, test, 0.5)}
    # p1 = sigmoid(l1 - l0) < best  <=>  l1 - l0 - logit(best) < 0: shift class 1's bias by -logit(best).
    with torch.no_grad():
        model.head.bias[1] -= math.log(best / (1 - best))
    result["test_half_at_0.5_after"] = first_error_metrics(step_probabilities(model, test), test, 0.5)
    model.eval()
    return result


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
