package org.steplens.score;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Each convention's input as its authors' code builds it, written from that code independently of StepLens's
 * templates (only the Hugging Face tokenizer is shared, as the official code uses the same library):
 * <ul>
 * <li>math-shepherd (model card): {@code tokenizer.encode(f"{question} {output}")}, output = steps each ending in
 *     " ки" joined by "\n"; read where the id is {@code encode("ки")[-1]}.</li>
 * <li>qwen2.5-math-prm (model card): the chat template with the system prompt, the assistant turn the steps joined
 *     and ended by {@code <extra_0>}; read where the id is {@code <extra_0>}'s.</li>
 * <li>rlhflow (RLHF-Reward-Modeling math-rm/prm_evaluate.py): steps stripped, one user turn per step (the first
 *     with the prompt + " "), assistant "+"; the chat template trims each turn; for step k the conversation up to
 *     k is encoded and read at position -3. Llama 3.1's template puts its default system header first, Llama 3's
 *     does not.</li>
 * <li>skywork (skywork-o1-prm-inference io_utils.prepare_input): {@code encode(bos + problem + "\n")}, then the
 *     response ("\n".join(steps)) split on "\n", each non-empty line encoded alone, each line followed by
 *     {@code encode("\n")[-1]} and flagged; bos is {@code <|im_start|>}.</li>
 * <li>trl-token-classification (TRL PRMTrainer.tokenize_row): prompt encoded without special tokens, each step
 *     encoded alone followed by {@code encode("\n\n")}, labelled at its last token; no BOS for Qwen.</li>
 * </ul>
 * Read positions are per step; for Skywork, whose code flags every line, the flag after each step's last line.
 */
final class ConventionReference {
    static final String QWEN_SYSTEM = "Please reason step by step, and put your final answer within \\boxed{}.";
    private static final Pattern PY_SPACE = Pattern.compile(
            "^[\\s\\x1c-\\x1f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+"
            + "|[\\s\\x1c-\\x1f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+$");

    /** Token ids the model reads and, per step, the position whose output is the step's score. */
    record Input(long[] ids, int[] reads) {
    }

    private ConventionReference() {
    }

    static Input of(String convention, HuggingFaceTokenizer t, String problem, List<String> steps) {
        return switch (convention) {
            case "math-shepherd" -> mathShepherd(t, problem, steps);
            case "qwen2.5-math-prm" -> qwenPrm(t, problem, steps);
            case "rlhflow" -> rlhflow(t, problem, steps, true);
            case "rlhflow-llama3" -> rlhflow(t, problem, steps, false);
            case "skywork" -> skywork(t, problem, steps);
            case "trl-token-classification" -> trl(t, problem, steps);
            default -> throw new IllegalArgumentException(convention);
        };
    }

    static Input mathShepherd(HuggingFaceTokenizer t, String question, List<String> steps) {
        List<String> tagged = new ArrayList<>();
        for (String s : steps) {
            tagged.add(s + " ки");
        }
        long[] ids = t.encode(question + " " + String.join("\n", tagged), true, false).getIds();
        long[] tag = t.encode("ки", true, false).getIds();
        return new Input(ids, where(ids, tag[tag.length - 1]));
    }

    static Input qwenPrm(HuggingFaceTokenizer t, String query, List<String> steps) {
        String conversation = "<|im_start|>system\n" + QWEN_SYSTEM + "<|im_end|>\n<|im_start|>user\n" + query
                + "<|im_end|>\n<|im_start|>assistant\n" + String.join("<extra_0>", steps) + "<extra_0>"
                + "<|im_end|>\n";
        long[] ids = t.encode(conversation, true, false).getIds();
        return new Input(ids, where(ids, t.encode("<extra_0>", false, false).getIds()[0]));
    }

    static Input rlhflow(HuggingFaceTokenizer t, String prompt, List<String> steps, boolean llama31) {
        String text = "<|begin_of_text|>" + (llama31 ? "<|start_header_id|>system<|end_header_id|>\n\n"
                + "Cutting Knowledge Date: December 2023\nToday Date: 26 Jul 2024\n\n<|eot_id|>" : "");
        long[] last = null;
        int[] reads = new int[steps.size()];
        for (int k = 0; k < steps.size(); k++) {
            String step = pyStrip(steps.get(k));
            String content = pyStrip(k == 0 ? prompt + " " + step : step);
            text += "<|start_header_id|>user<|end_header_id|>\n\n" + content + "<|eot_id|>"
                    + "<|start_header_id|>assistant<|end_header_id|>\n\n" + "+" + "<|eot_id|>";
            long[] ids = t.encode(text, false, false).getIds(); // apply_chat_template adds no special tokens
            if (last != null && !Arrays.equals(last, 0, last.length, ids, 0, last.length)) {
                throw new IllegalStateException("conversation " + k + " does not extend the previous one");
            }
            reads[k] = ids.length - 3;
            last = ids;
        }
        return new Input(last, reads);
    }

    static Input skywork(HuggingFaceTokenizer t, String problem, List<String> steps) {
        List<Long> ids = boxed(t.encode("<|im_start|>" + problem + "\n", true, false).getIds());
        long[] newline = t.encode("\n", true, false).getIds();
        long stepToken = newline[newline.length - 1];
        List<Integer> flags = new ArrayList<>();
        for (String line : String.join("\n", steps).split("\n", -1)) {
            if (!line.isEmpty()) {
                ids.addAll(boxed(t.encode(line, true, false).getIds()));
            }
            ids.add(stepToken);
            flags.add(ids.size() - 1);
        }
        int[] reads = new int[steps.size()];
        int line = -1;
        for (int s = 0; s < steps.size(); s++) {
            line += steps.get(s).split("\n", -1).length;
            reads[s] = flags.get(line);
        }
        return new Input(ids.stream().mapToLong(Long::longValue).toArray(), reads);
    }

    static Input trl(HuggingFaceTokenizer t, String prompt, List<String> steps) {
        List<Long> ids = boxed(t.encode(prompt, false, false).getIds());
        long[] separator = t.encode("\n\n", false, false).getIds();
        int[] reads = new int[steps.size()];
        for (int s = 0; s < steps.size(); s++) {
            ids.addAll(boxed(t.encode(steps.get(s), false, false).getIds()));
            ids.addAll(boxed(separator));
            reads[s] = ids.size() - 1;
        }
        return new Input(ids.stream().mapToLong(Long::longValue).toArray(), reads);
    }

    static String pyStrip(String s) {
        return PY_SPACE.matcher(s).replaceAll("");
    }

    private static int[] where(long[] ids, long id) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == id) {
                at.add(i);
            }
        }
        return at.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<Long> boxed(long[] values) {
        List<Long> out = new ArrayList<>(values.length);
        for (long v : values) {
            out.add(v);
        }
        return out;
    }
}
