#!/usr/bin/env python3
"""Builds model folders that are broken in ways a real export can be, for the hardening tests: each takes the
skywork test model's inputs (input_ids, attention_mask) and tokenizer, and outputs
  nan/          logits = 0/0 everywhere (NaN), value head with sigmoid
  inf/          logits = +infinity everywhere, value head without activation
  wrong-shape/  logits summed over the sequence: [batch, 1] at run time while the graph declares [batch, sequence]
Needs python3-onnx (Debian). Run from the repository root:
  /usr/bin/python3 src/test/resources/score/broken/make_broken_models.py
"""
import json
import os
import shutil

import onnx
from onnx import TensorProto, helper

HERE = os.path.dirname(os.path.abspath(__file__))
SKYWORK = os.path.join(HERE, "..", "conventions", "skywork")


def io():
    dims = ["batch_size", "sequence_length"]
    inputs = [helper.make_tensor_value_info("input_ids", TensorProto.INT64, dims),
              helper.make_tensor_value_info("attention_mask", TensorProto.INT64, dims)]
    output = helper.make_tensor_value_info("logits", TensorProto.FLOAT, dims)
    return inputs, output


def cast_nodes():
    # both inputs are used, so ONNX Runtime keeps them as inputs
    return [helper.make_node("Add", ["input_ids", "attention_mask"], ["ids"]),
            helper.make_node("Cast", ["ids"], ["x"], to=TensorProto.FLOAT)]


def model(name, nodes, initializers=()):
    inputs, output = io()
    graph = helper.make_graph(cast_nodes() + nodes, name, inputs, [output], initializer=list(initializers))
    m = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 14)], producer_name="steplens-tests")
    m.ir_version = 8
    onnx.checker.check_model(m)
    return m


def write(folder, m, spec):
    path = os.path.join(HERE, folder)
    os.makedirs(path, exist_ok=True)
    onnx.save(m, os.path.join(path, "model.onnx"))
    shutil.copy(os.path.join(SKYWORK, "tokenizer.json"), os.path.join(path, "tokenizer.json"))
    with open(os.path.join(path, "prm.json"), "w") as f:
        json.dump(spec, f, indent=1)


def main():
    base = {"convention": "skywork", "pad_id": 1, "inputs": {"position_ids": None}}
    zero = helper.make_tensor("zero", TensorProto.FLOAT, [], [0.0])
    one = helper.make_tensor("one", TensorProto.FLOAT, [], [1.0])
    write("nan", model("nan", [helper.make_node("Mul", ["x", "zero"], ["z"]),
                               helper.make_node("Div", ["z", "zero"], ["logits"])], [zero]),
          dict(base, name="nan-model"))
    write("inf", model("inf", [helper.make_node("Add", ["x", "one"], ["p"]),
                               helper.make_node("Div", ["p", "zero"], ["logits"])], [zero, one]),
          dict(base, name="inf-model", head={"type": "value", "activation": "none"}))
    write("wrong-shape", model("wrong_shape", [helper.make_node("ReduceSum", ["x", "axes"], ["logits"], keepdims=1)],
                               [helper.make_tensor("axes", TensorProto.INT64, [1], [1])]),
          dict(base, name="wrong-shape-model"))


if __name__ == "__main__":
    main()
