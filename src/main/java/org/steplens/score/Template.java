package org.steplens.score;

import java.util.ArrayList;
import java.util.List;

/**
 * The prompt a PRM expects: {@code prefix}, then each step rendered with {@code step} (the first with
 * {@code firstStep}), joined by {@code separator}, then {@code suffix}. Placeholders: {@code {problem}},
 * {@code {system}}, {@code {step}}, {@code {marker}}. Rendering records where each marker landed, so that the
 * marker is found by position rather than by searching for its token (a "+" marker also occurs in the maths).
 */
public record Template(String system, String prefix, String firstStep, String step, String separator, String suffix) {

    /** The rendered text and, per step, the character range of its marker. */
    public record Rendered(String text, int[] markerStarts, int[] markerEnds) {
    }

    public Rendered render(String problem, List<String> steps, String marker) {
        StringBuilder out = new StringBuilder(256);
        List<int[]> markers = new ArrayList<>(steps.size());
        append(out, prefix, problem, null, marker, markers);
        for (int i = 0; i < steps.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            int before = markers.size();
            append(out, i == 0 ? firstStep : step, problem, steps.get(i), marker, markers);
            if (markers.size() != before + 1) {
                throw new IllegalStateException("the step template must contain {marker} exactly once");
            }
        }
        append(out, suffix, problem, null, marker, markers);
        if (markers.size() != steps.size()) {
            throw new IllegalStateException("{marker} may only appear in the step templates");
        }
        int[] starts = new int[markers.size()];
        int[] ends = new int[markers.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = markers.get(i)[0];
            ends[i] = markers.get(i)[1];
        }
        return new Rendered(out.toString(), starts, ends);
    }

    /** The prefix alone, for prompts encoded in pieces. */
    String prefixText(String problem) {
        return alone(prefix, problem);
    }

    /** The suffix alone, for prompts encoded in pieces. */
    String suffixText(String problem) {
        return alone(suffix, problem);
    }

    private String alone(String part, String problem) {
        StringBuilder out = new StringBuilder();
        append(out, part, problem, null, "", new ArrayList<>());
        return out.toString();
    }

    private void append(StringBuilder out, String template, String problem, String stepText, String marker,
                        List<int[]> markers) {
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                return;
            }
            out.append(template, i, open);
            int close = template.indexOf('}', open);
            String name = close < 0 ? "" : template.substring(open + 1, close);
            switch (name) {
                case "problem" -> out.append(problem);
                case "system" -> out.append(system == null ? "" : system);
                case "step" -> out.append(stepText == null ? "" : stepText);
                case "marker" -> {
                    markers.add(new int[] {out.length(), out.length() + marker.length()});
                    out.append(marker);
                }
                default -> {
                    // Not a placeholder (e.g. "\boxed{}" in a system prompt): copy the brace literally.
                    out.append('{');
                    i = open + 1;
                    continue;
                }
            }
            i = close + 1;
        }
    }
}
