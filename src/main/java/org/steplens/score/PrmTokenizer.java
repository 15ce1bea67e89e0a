package org.steplens.score;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A model folder's {@code tokenizer.json} (Hugging Face format, through DJL; offline; never truncates, never
 * pads) and the rules for finding each step's marker in the token stream.
 */
final class PrmTokenizer implements AutoCloseable {
    static final String FILE_NAME = "tokenizer.json";
    private static final java.util.Set<String> UNKNOWN_TOKENS = java.util.Set.of("[UNK]", "<unk>", "<|unk|>", "[unk]");

    private final HuggingFaceTokenizer tokenizer;
    private final PrmSpec spec;

    private PrmTokenizer(HuggingFaceTokenizer tokenizer, PrmSpec spec) {
        this.tokenizer = tokenizer;
        this.spec = spec;
    }

    static PrmTokenizer open(Path dir, PrmSpec spec) throws ModelFolderException {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new ModelFolderException(file + ": missing (the model folder needs the model's Hugging Face "
                    + FILE_NAME + ")");
        }
        NativeLibraries.prepare();
        HuggingFaceTokenizer tokenizer;
        try {
            tokenizer = HuggingFaceTokenizer.newInstance(file, Map.of("truncation", "false", "padding", "false",
                    "addSpecialTokens", "false", "maxLength", "-1"));
        } catch (Exception | UnsatisfiedLinkError e) {
            throw new ModelFolderException(file + ": not a tokenizer the Hugging Face tokenizers library can read: "
                    + firstLine(e));
        }
        PrmTokenizer result = new PrmTokenizer(tokenizer, spec);
        try {
            result.checkMarker(file);
            result.checkUnknownWords(file);
            return result;
        } catch (ModelFolderException e) {
            result.close();
            throw e;
        }
    }

    /** Token ids of a text on its own, no special tokens added. */
    long[] ids(String text) {
        return encodeRaw(text).getIds();
    }

    /** The library's encoding; its failures (Rust errors as bare RuntimeExceptions) become {@link TokenizerFailure}. */
    private Encoding encodeRaw(String text) {
        try {
            return tokenizer.encode(text, false, false);
        } catch (RuntimeException e) {
            throw new TokenizerFailure(firstLine(e), e);
        }
    }

    /**
     * A word outside the vocabulary must encode (as the unknown token, or as bytes): a tokenizer.json whose
     * unknown token is missing from its vocabulary fails on the first such word, so it is refused when opened.
     */
    private void checkUnknownWords(Path file) throws ModelFolderException {
        try {
            encodeRaw("zqxjv \u2603 \u0fd5 \uD83D\uDE00");
        } catch (TokenizerFailure e) {
            throw new ModelFolderException(file + ": cannot encode a word outside its vocabulary (" + e.getMessage()
                    + "); its unknown token must be in the vocabulary");
        }
    }

    /**
     * Renders and encodes a solution, and finds the token of each step's marker.
     *
     * @throws IllegalStateException when a marker does not come out as one token (e.g. merged with the step text)
     */
    EncodedSolution encode(String problem, List<String> steps) {
        Template.Rendered r = spec.template().render(problem, steps, spec.marker());
        Encoding e = encodeRaw(r.text());
        long[] ids = e.getIds();
        CharSpan[] spans = e.getCharTokenSpans();
        int[] read = new int[steps.size()];
        int from = 0;
        CodePointIndex codePoints = new CodePointIndex(r.text());
        for (int s = 0; s < steps.size(); s++) {
            int start = r.markerStarts()[s];
            int end = r.markerEnds()[s];
            int visible = start;
            while (visible < end - 1 && Character.isWhitespace(r.text().charAt(visible))) {
                visible++;
            }
            // The tokenizer's offsets count Unicode code points, Java strings count UTF-16 units.
            int token = markerToken(spans, from, codePoints.at(start), codePoints.at(visible), codePoints.at(end));
            if (token < 0) {
                throw new IllegalStateException("the marker after step " + (s + 1)
                        + " did not come out as one token of its own");
            }
            from = token + 1;
            read[s] = token + spec.markerOffset();
            if (read[s] < 0 || read[s] >= ids.length) {
                throw new IllegalStateException("marker_offset " + spec.markerOffset() + " points outside the text");
            }
        }
        return new EncodedSolution(ids, read);
    }

    /**
     * The token that is the marker: it ends where the marker ends and starts inside the marker, no later than
     * the marker's first visible character (so " ки" may come out as "▁ки" or as "ки"). -1 when the marker was
     * merged with neighbouring text or split into several tokens. Offsets in code points.
     */
    private static int markerToken(CharSpan[] spans, int from, int start, int visible, int end) {
        int last = end - 1;
        for (int i = from; i < spans.length; i++) {
            CharSpan span = spans[i];
            if (span == null || span.getEnd() <= span.getStart()) {
                continue;
            }
            if (span.getStart() > last) {
                return -1;
            }
            if (span.getEnd() > last) {
                boolean own = span.getStart() >= start && span.getStart() <= visible && span.getEnd() == end;
                return own ? i : -1;
            }
        }
        return -1;
    }

    /** The marker must be one known token, and stay one token between steps. */
    private void checkMarker(Path file) throws ModelFolderException {
        String marker = spec.marker();
        Encoding alone;
        try {
            alone = encodeRaw(marker);
        } catch (TokenizerFailure e) {
            throw new ModelFolderException(file + ": cannot encode the spec's marker " + quote(marker) + ": "
                    + e.getMessage());
        }
        List<String> pieces = new java.util.ArrayList<>();
        String[] tokens = alone.getTokens();
        CharSpan[] spans = alone.getCharTokenSpans();
        for (int i = 0; i < tokens.length; i++) {
            String text = spans[i] == null ? tokens[i] : substringByCodePoints(marker, spans[i]);
            if (!text.isBlank() || marker.isBlank()) {
                pieces.add(text);
            }
        }
        if (pieces.size() != 1) {
            StringBuilder list = new StringBuilder();
            for (String piece : pieces) {
                list.append(list.length() == 0 ? "" : ", ").append(quote(piece));
            }
            throw new ModelFolderException(file + ": the spec's marker " + quote(marker) + " is not a token of this "
                    + "tokenizer (it splits into " + pieces.size() + " pieces: " + list + ")");
        }
        for (String token : tokens) {
            if (UNKNOWN_TOKENS.contains(token)) {
                throw new ModelFolderException(file + ": the spec's marker " + quote(marker)
                        + " is not in this tokenizer's vocabulary (it encodes as the unknown token " + token + ")");
            }
        }
        try {
            encode("1 + 1 = ?", List.of("1 + 1 = 2.", "The answer is 2."));
        } catch (TokenizerFailure e) {
            throw new ModelFolderException(file + ": cannot encode a simple solution: " + e.getMessage());
        } catch (IllegalStateException e) {
            throw new ModelFolderException(file + ": the spec's marker " + quote(marker) + " merges with the text "
                    + "around it in this tokenizer, so the steps' ends cannot be found");
        }
    }

    private static String substringByCodePoints(String text, CharSpan span) {
        int start = text.offsetByCodePoints(0, Math.min(span.getStart(), text.codePointCount(0, text.length())));
        int end = text.offsetByCodePoints(0, Math.min(span.getEnd(), text.codePointCount(0, text.length())));
        return text.substring(start, end);
    }

    static String quote(String s) {
        return "\"" + s.replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    @Override
    public void close() {
        tokenizer.close();
    }

    /** Converts UTF-16 indices of one string to code point indices, walking forward only. */
    private static final class CodePointIndex {
        private final String text;
        private int utf16;
        private int codePoints;

        CodePointIndex(String text) {
            this.text = text;
        }

        int at(int index) {
            if (index < utf16) {
                return text.codePointCount(0, index);
            }
            codePoints += text.codePointCount(utf16, index);
            utf16 = index;
            return codePoints;
        }
    }
}
