package org.steplens.chart;

import java.util.ArrayList;
import java.util.List;

/** Greedy word wrapping by measured width; words longer than a line are broken by characters. */
final class TextWrap {
    private TextWrap() {
    }

    static List<String> lines(String text, TextStyle style, double maxWidth) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (TextMeasure.width(candidate, style) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                while (TextMeasure.width(word, style) > maxWidth && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && TextMeasure.width(word.substring(0, cut), style) > maxWidth) {
                        cut--;
                    }
                    out.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            if (!line.isEmpty() || out.isEmpty()) {
                out.add(line.toString());
            }
        }
        return out;
    }
}
